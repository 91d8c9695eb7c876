package org.missionhub.core.erasure.application;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.missionhub.api.mission.MissionId;
import org.missionhub.api.organisation.OrganisationId;
import org.missionhub.api.organisation.OrganisationStatus;
import org.missionhub.core.application.ApplicationService;
import org.missionhub.core.audit.PlatformAuditLog;
import org.missionhub.core.erasure.persistence.ErasureQueries;
import org.missionhub.core.identity.IdentityProvider;
import org.missionhub.core.mission.domain.Mission;
import org.missionhub.core.mission.domain.MissionPartner;
import org.missionhub.core.mission.persistence.PartnerRepository;
import org.missionhub.core.organisation.application.OrganisationIdentity;
import org.missionhub.core.organisation.domain.Membership;
import org.missionhub.core.organisation.domain.Organisation;
import org.missionhub.core.organisation.persistence.MembershipRepository;
import org.missionhub.core.organisation.persistence.OrganisationRepository;
import org.missionhub.core.plugin.LoadedPlugin;
import org.missionhub.core.plugin.PluginRuntime;
import org.missionhub.core.security.PlatformRole;
import org.missionhub.core.security.RequestContext;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.shared.TimeSource;
import org.missionhub.core.tenancy.Tenancy;

/**
 * The organisation's own part of an erasure, in one transaction bound to it: what it plans (read), and
 * then everything private going at once — every plugin's data, the missions it leads alone, its members,
 * invitations, plugin choices and export records, its identity-provider organisation — leaving a nameless
 * tombstone and an entry in the platform's audit log. If any part fails (a plugin, the identity provider),
 * the transaction rolls back and nothing of this step is erased.
 */
@ApplicationService
public class TenantErasure {

  private static final Logger LOG = Logger.getLogger(TenantErasure.class.getName());

  @Inject RequestContext request;
  @Inject OrganisationRepository organisations;
  @Inject MembershipRepository memberships;
  @Inject PartnerRepository partners;
  @Inject ErasureQueries queries;
  @Inject FormerMembers formerMembers;
  @Inject PluginRuntime plugins;
  @Inject OrganisationIdentity organisationIdentity;
  @Inject IdentityProvider identityProvider;
  @Inject PlatformAuditLog platformAudit;
  @Inject Tenancy tenancy;
  @Inject TimeSource time;

  public ErasurePlan plan(String slug) {
    request.requirePlatformRole(PlatformRole.PLATFORM_ADMIN);
    Organisation organisation = organisations.findBySlug(slug).orElseThrow(() -> ApplicationException.notFound("Organisation"));
    tenancy.bind(organisation.id());
    List<ErasurePlan.LedMission> handOvers = new ArrayList<>();
    List<ErasurePlan.LedMission> deleted = new ArrayList<>();
    long comments = queries.commentsElsewhere(organisation);
    for (Mission mission : queries.missionsLedBy(organisation)) {
      List<ErasurePlan.Partner> candidates =
          partners.acceptedOrganisations(mission).stream().filter(o -> !o.id().equals(organisation.id())).map(o -> new ErasurePlan.Partner(o.slug(), o.name())).toList();
      ErasurePlan.LedMission led = new ErasurePlan.LedMission(mission.id().toString(), mission.title(), candidates);
      if (candidates.isEmpty()) {
        deleted.add(led);
      } else {
        handOvers.add(led);
        comments += queries.commentsFor(mission, organisation).size();
      }
    }
    return new ErasurePlan(
        organisation.id().toString(), organisation.slug(), organisation.name(), organisation.status(), organisation.version(),
        handOvers, deleted, queries.partnershipsOf(organisation).size(), memberships.all().size(), queries.invitationCount(), comments,
        pluginData(organisation.id()));
  }

  /** The missions of others it is (or was, or is invited to be) a partner of, by id. */
  public List<MissionId> partnerships(OrganisationId id) {
    request.requirePlatformRole(PlatformRole.PLATFORM_ADMIN);
    Organisation organisation = organisations.find(id).orElseThrow(() -> ApplicationException.notFound("Organisation"));
    return queries.partnershipsOf(organisation).stream().map(p -> p.mission().id()).distinct().toList();
  }

  /**
   * Erases what is left of the organisation once the missions of others no longer need it (the
   * coordinator handed over and left them first). Returns the plugins that were not running, whose part
   * is left for a later try.
   */
  public List<String> erase(OrganisationId id, String operation) {
    request.requirePlatformRole(PlatformRole.PLATFORM_ADMIN);
    Organisation organisation = organisations.find(id).orElseThrow(() -> ApplicationException.notFound("Organisation"));
    tenancy.bind(organisation.id());
    if (organisation.status() == OrganisationStatus.ERASED) {
      return erasePluginData(organisation, Set.of());
    }
    Map<String, Object> before = tombstoneBefore(organisation);
    Set<MissionId> ledAlone = queries.missionsLedBy(organisation).stream().map(Mission::id).collect(Collectors.toSet());
    List<String> notRunning = erasePluginData(organisation, ledAlone);
    int missionsDeleted = deleteMissionsLedAlone(organisation);
    // what its people said in cross-organisation workshops stays for the others, without their names
    queries.platformWorkshopNotesFor(organisation).forEach(note -> note.anonymise(formerMembers.of(organisation)));
    queries.platformWorkshopParticipantsFor(organisation).forEach(queries::remove);
    for (Membership membership : memberships.all()) {
      if (membership.isAdmin()) {
        // no second factor demanded for administering an organisation that no longer exists
        organisationIdentity.secondFactor(organisation, membership.subject(), false);
      }
      memberships.remove(membership);
    }
    queries.tenantRecords().forEach(queries::remove);
    Optional<String> providerOrganisation = organisation.identityProviderId();
    organisation.erase(time.now());
    providerOrganisation.ifPresent(identityProvider::deleteOrganisation);
    before.put("missionsDeleted", missionsDeleted);
    before.put("pluginsNotRunning", String.join(",", notRunning));
    platformAudit.deleted(request.caller(), "organisation", organisation.id().toString(), before, operation);
    return notRunning;
  }

  /**
   * An erased organisation's plugin data once more, for the plugins that were not running when it was
   * erased (each plugin's erasure is idempotent). Returns the plugins still not running.
   */
  public List<String> erasePluginDataAgain(OrganisationId id) {
    request.requirePlatformRole(PlatformRole.PLATFORM_ADMIN);
    Organisation organisation = organisations.find(id).orElseThrow(() -> ApplicationException.notFound("Organisation"));
    tenancy.bind(organisation.id());
    return erasePluginData(organisation, Set.of());
  }

  /**
   * Every running plugin erases its part; one that fails stops the erasure with nothing erased. Returns
   * the plugins that are not running, whose part is left for a later try.
   */
  private List<String> erasePluginData(Organisation organisation, Set<MissionId> missionsDeleted) {
    List<String> notRunning = new ArrayList<>();
    for (LoadedPlugin plugin : plugins.all()) {
      if (!plugin.isActive()) {
        LOG.warning(() -> "Plugin " + plugin.id() + " is " + plugin.state() + ": its data for erased organisation " + organisation.id() + " is erased when the erasure is asked for again");
        notRunning.add(plugin.id());
        continue;
      }
      try {
        plugin.plugin().orElseThrow().onOrganisationErased(organisation.id(), missionsDeleted);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Plugin " + plugin.id() + " could not erase its data for organisation " + organisation.id(), e);
        throw ApplicationException.conflict("The plugin " + plugin.id() + " could not erase its data; nothing was erased. Try again later");
      }
    }
    return notRunning;
  }

  /** Missions it still leads have no accepted partner (the coordinator handed the others over): they go. */
  private int deleteMissionsLedAlone(Organisation organisation) {
    List<Mission> led = queries.missionsLedBy(organisation);
    for (Mission mission : led) {
      if (partners.acceptedOrganisations(mission).stream().anyMatch(o -> !o.id().equals(organisation.id()))) {
        throw ApplicationException.conflict("The mission " + mission.id() + " gained a partner since the erasure was planned; look at the plan again");
      }
      queries.missionContent(mission).forEach(queries::remove);
      queries.remove(mission);
    }
    for (MissionPartner partnership : queries.partnershipsOf(organisation)) {
      if (partnership.isAccepted()) {
        throw ApplicationException.conflict("The organisation became a partner of mission " + partnership.mission().id() + " since the erasure was planned; look at the plan again");
      }
    }
    return led.size();
  }

  private List<ErasurePlan.PluginData> pluginData(OrganisationId organisation) {
    List<ErasurePlan.PluginData> data = new ArrayList<>();
    for (LoadedPlugin plugin : plugins.all()) {
      if (!plugin.isActive()) {
        data.add(new ErasurePlan.PluginData(plugin.id(), plugin.state().name(), List.of(), plugin.problem().orElse("not running")));
        continue;
      }
      try {
        data.add(new ErasurePlan.PluginData(plugin.id(), plugin.state().name(), plugin.plugin().orElseThrow().organisationData(organisation), null));
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Plugin " + plugin.id() + " could not describe its data", e);
        data.add(new ErasurePlan.PluginData(plugin.id(), plugin.state().name(), List.of(), "could not say what it holds"));
      }
    }
    return data;
  }

  private static Map<String, Object> tombstoneBefore(Organisation organisation) {
    Map<String, Object> before = new LinkedHashMap<>();
    before.put("slug", organisation.slug());
    before.put("type", organisation.type());
    before.put("country", organisation.country());
    return before;
  }
}
