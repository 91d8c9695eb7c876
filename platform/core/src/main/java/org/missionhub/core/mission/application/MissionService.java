package org.missionhub.core.mission.application;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Locale;
import java.util.Map;
import org.missionhub.api.event.DomainEvent;
import org.missionhub.api.event.MissionArchived;
import org.missionhub.api.event.MissionCreated;
import org.missionhub.api.event.MissionRestored;
import org.missionhub.api.mission.MissionRole;
import org.missionhub.core.application.ApplicationService;
import org.missionhub.core.governance.domain.Risk;
import org.missionhub.core.governance.domain.StartingRisks;
import org.missionhub.core.governance.persistence.GovernanceRepository;
import org.missionhub.core.mission.domain.Charter;
import org.missionhub.core.mission.domain.Mission;
import org.missionhub.core.mission.domain.MissionHealth;
import org.missionhub.core.mission.domain.MissionRoleAssignment;
import org.missionhub.core.mission.persistence.MissionFilter;
import org.missionhub.core.mission.persistence.MissionRepository;
import org.missionhub.core.mission.persistence.PartnerRepository;
import org.missionhub.core.mission.persistence.RoleRepository;
import org.missionhub.core.organisation.application.People;
import org.missionhub.core.organisation.application.PersonDetails;
import org.missionhub.core.organisation.domain.Organisation;
import org.missionhub.core.organisation.persistence.OrganisationRepository;
import org.missionhub.core.security.Caller;
import org.missionhub.core.security.MissionPermission;
import org.missionhub.core.security.OrganisationContext;
import org.missionhub.core.security.RequestContext;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.shared.Page;
import org.missionhub.core.shared.PageRequest;
import org.missionhub.core.shared.TimeSource;

/**
 * Missions of the request's organisation: those it leads and those it is an accepted partner of. Any
 * member creates a mission in their organisation and becomes its first LEADER.
 */
@ApplicationService
public class MissionService {

  @Inject RequestContext request;
  @Inject MissionAccessGuard guard;
  @Inject MissionRepository missions;
  @Inject PartnerRepository partners;
  @Inject RoleRepository roles;
  @Inject OrganisationRepository organisations;
  @Inject MissionHealthService health;
  @Inject People people;
  @Inject TimeSource time;
  @Inject Event<DomainEvent> events;
  @Inject GovernanceRepository governance;

  public Page<MissionOverview> list(MissionFilter filter, PageRequest page) {
    OrganisationContext organisation = request.requireOrganisation();
    Page<Mission> found = missions.list(organisation.id(), filter, page);
    Map<String, MissionHealth> healthById = health.healthOf(found.items());
    Map<String, Long> partnerCounts = partners.acceptedCounts(found.items().stream().map(m -> m.id().toString()).toList());
    return found.map(
        m -> new MissionOverview(m, healthById.get(m.id().toString()), partnerCounts.getOrDefault(m.id().toString(), 0L)));
  }

  public MissionAccess get(String missionId) {
    return guard.access(missionId);
  }

  public MissionHealth health(String missionId) {
    return health.healthOf(guard.access(missionId).mission());
  }

  /** Creates the mission with its starting risks proposed in English. */
  public Mission create(@NotNull @Valid Charter charter) {
    return create(charter, Locale.ENGLISH);
  }

  /**
   * Creates a mission led by the caller's organisation, the caller its leader, with the starting risks
   * practitioners name most proposed in its register ({@link StartingRisks}) in {@code startingRisksLanguage},
   * or none when it is null (the demo missions bring their own).
   */
  public Mission create(@NotNull @Valid Charter charter, Locale startingRisksLanguage) {
    OrganisationContext organisation = request.requireOrganisation();
    Caller caller = request.caller();
    Organisation lead =
        organisations.find(organisation.id()).orElseThrow(() -> ApplicationException.notFound("Organisation"));
    var now = time.now();
    Mission mission = new Mission(lead, charter, caller.subject(), now);
    mission.writtenIn(startingRisksLanguage == null ? Locale.ENGLISH : startingRisksLanguage);
    missions.add(mission);
    var creator = people.findOrRecord(new PersonDetails(caller.subject(), caller.displayName(), caller.email()));
    roles.add(new MissionRoleAssignment(mission, creator, lead, MissionRole.LEADER, caller.subject(), now));
    if (startingRisksLanguage != null) {
      StartingRisks.in(startingRisksLanguage).forEach(proposal -> governance.add(new Risk(mission, proposal, now)));
    }
    events.fire(new MissionCreated(lead.id(), mission.id(), now));
    return mission;
  }

  public Mission updateCharter(String missionId, long expectedVersion, @NotNull @Valid Charter charter) {
    Mission mission = guard.require(missionId, MissionPermission.EDIT_CHARTER).mission();
    requireVersion(mission, expectedVersion);
    mission.updateCharter(charter, time.now());
    return mission;
  }

  public Mission archive(String missionId, long expectedVersion) {
    MissionAccess access = guard.require(missionId, MissionPermission.ARCHIVE);
    requireLead(access);
    requireVersion(access.mission(), expectedVersion);
    Mission mission = access.mission();
    mission.archive(time.now());
    events.fire(new MissionArchived(mission.lead().id(), mission.id(), time.now()));
    return mission;
  }

  public Mission restore(String missionId, long expectedVersion) {
    MissionAccess access = guard.require(missionId, MissionPermission.ARCHIVE);
    requireLead(access);
    requireVersion(access.mission(), expectedVersion);
    Mission mission = access.mission();
    mission.restore(time.now());
    events.fire(new MissionRestored(mission.lead().id(), mission.id(), time.now()));
    return mission;
  }

  static void requireVersion(Mission mission, long expectedVersion) {
    if (mission.version() != expectedVersion) {
      throw ApplicationException.staleVersion("The mission");
    }
  }

  private static void requireLead(MissionAccess access) {
    if (!access.isLead()) {
      throw ApplicationException.forbidden("Only the lead organisation can archive or restore the mission");
    }
  }
}
