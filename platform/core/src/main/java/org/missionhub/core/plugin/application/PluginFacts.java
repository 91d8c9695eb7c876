package org.missionhub.core.plugin.application;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.missionhub.api.governance.DecisionFacts;
import org.missionhub.api.mission.MissionFacts;
import org.missionhub.api.mission.MissionOrganisation;
import org.missionhub.api.mission.MissionPerson;
import org.missionhub.api.mission.PartnerStatus;
import org.missionhub.api.organisation.OrganisationFacts;
import org.missionhub.api.organisation.OrganisationId;
import org.missionhub.api.organisation.OrganisationStatus;
import org.missionhub.core.application.ApplicationService;
import org.missionhub.core.governance.persistence.GovernanceRepository;
import org.missionhub.core.mission.domain.Mission;
import org.missionhub.core.mission.persistence.MissionRepository;
import org.missionhub.core.mission.persistence.PartnerRepository;
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
  @Inject PartnerRepository partners;
  @Inject GovernanceRepository governance;
  @Inject MissionRepository missions;

  public OrganisationFacts organisation(OrganisationId id) {
    return organisations.find(id).map(PluginFacts::facts).orElseThrow(() -> ApplicationException.notFound("Organisation"));
  }

  /** The platform's missions not archived, of active organisations, by title (contract 1.6.0). */
  public List<MissionFacts> currentPlatformMissions() {
    return missions.current().stream().map(PluginFacts::facts).toList();
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

  /** The missions the organisation leads or partners now, archived ones included, by title (contract 1.3.0). */
  public List<MissionFacts> missions(OrganisationId organisation) {
    return missions.takingPart(organisation).stream().map(PluginFacts::facts).toList();
  }

  /** The missions the organisation leads or partners now and that are not archived, by title: where new work goes. */
  public List<MissionFacts> currentMissions(OrganisationId organisation) {
    return missions.takingPart(organisation).stream().filter(m -> !m.isArchived()).map(PluginFacts::facts).toList();
  }

  /** The lead, then every partnership by the organisation's name (contract 1.3.0). */
  public List<MissionOrganisation> organisations(Mission mission) {
    List<MissionOrganisation> all = new ArrayList<>();
    all.add(new MissionOrganisation(facts(mission.lead()), true, PartnerStatus.ACCEPTED));
    partners.all(mission).forEach(p -> all.add(new MissionOrganisation(facts(p.organisation()), false, p.status())));
    return List.copyOf(all);
  }

  /** Everyone's roles in the mission, by name (contract 1.3.0). */
  public List<MissionPerson> people(Mission mission) {
    return roles.all(mission).stream().map(org.missionhub.core.plugin.PluginMissionReads::person).toList();
  }

  /** The decision log, newest first (contract 1.3.0). */
  public List<DecisionFacts> decisions(Mission mission) {
    return governance.allDecisions(mission).stream()
        .map(d -> new DecisionFacts(d.id(), d.title(), d.status(), d.decidedOn(), d.phaseFrom(), d.phaseTo(), d.createdAt()))
        .toList();
  }

  public List<OrganisationFacts> activeOrganisations() {
    return organisations.withStatus(OrganisationStatus.ACTIVE).stream().map(PluginFacts::facts).toList();
  }

  static OrganisationFacts facts(Organisation o) {
    return org.missionhub.core.plugin.PluginMissionReads.facts(o);
  }

  static MissionFacts facts(Mission m) {
    return org.missionhub.core.plugin.PluginMissionReads.facts(m);
  }
}
