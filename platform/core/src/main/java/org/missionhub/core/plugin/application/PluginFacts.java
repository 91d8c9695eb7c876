package org.missionhub.core.plugin.application;

import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import org.missionhub.api.mission.MissionFacts;
import org.missionhub.api.organisation.OrganisationFacts;
import org.missionhub.api.organisation.OrganisationId;
import org.missionhub.api.organisation.OrganisationStatus;
import org.missionhub.core.application.ApplicationService;
import org.missionhub.core.mission.domain.Mission;
import org.missionhub.core.mission.persistence.RoleRepository;
import org.missionhub.core.organisation.domain.Organisation;
import org.missionhub.core.organisation.persistence.OrganisationRepository;
import org.missionhub.core.shared.ApplicationException;

/**
 * The facts about organisations and missions that the plugin contract hands out, and only those (what
 * partners see of each other). Called lazily by the plugin scopes, so a request that does not ask pays
 * nothing.
 */
@ApplicationService
public class PluginFacts {

  @Inject OrganisationRepository organisations;
  @Inject RoleRepository roles;

  public OrganisationFacts organisation(OrganisationId id) {
    return organisations.find(id).map(PluginFacts::facts).orElseThrow(() -> ApplicationException.notFound("Organisation"));
  }

  /** Missions, not archived, where the person holds a role through the organisation, by title. */
  public List<MissionFacts> callerMissions(OrganisationId organisation, String subject) {
    return roles.heldThrough(organisation, java.util.Optional.of(subject)).stream()
        .map(r -> r.mission())
        .filter(m -> !m.isArchived())
        .distinct()
        .map(PluginFacts::facts)
        .sorted(Comparator.comparing(MissionFacts::title, String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  public List<OrganisationFacts> activeOrganisations() {
    return organisations.withStatus(OrganisationStatus.ACTIVE).stream().map(PluginFacts::facts).toList();
  }

  static OrganisationFacts facts(Organisation o) {
    return new OrganisationFacts(o.id(), o.slug(), o.name(), o.type(), o.country());
  }

  static MissionFacts facts(Mission m) {
    return new MissionFacts(m.id(), m.title(), m.lead().id(), m.challengeArea(), m.governanceMode(), m.phase());
  }
}
