package org.missionhub.core.plugin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.missionhub.api.mission.MissionFacts;
import org.missionhub.api.mission.MissionId;
import org.missionhub.api.mission.MissionPerson;
import org.missionhub.api.plugin.PersonRef;
import org.missionhub.core.mission.domain.MissionRoleAssignment;
import org.missionhub.core.mission.persistence.MissionRepository;
import org.missionhub.core.mission.persistence.RoleRepository;

/**
 * A mission's people (contract 1.6.0, {@code PluginContext.missionPeople}) and facts (1.9.0, {@code PluginContext.mission})
 * for a plugin's work outside a request:
 * no organisation is bound and no request is active, so this is a plain transaction over core's mission tables
 * (which are not organisation-private), not an application service.
 */
@ApplicationScoped
public class PluginMissionReads {

  @Inject MissionRepository missions;
  @Inject RoleRepository roles;
  @Inject org.missionhub.core.organisation.persistence.OrganisationRepository organisations;

  @Transactional
  public List<MissionPerson> of(MissionId mission) {
    return missions.find(mission).map(m -> roles.all(m).stream().map(PluginMissionReads::person).toList()).orElse(List.of());
  }

  @Transactional
  public Optional<MissionFacts> facts(MissionId mission) {
    return missions.find(mission).map(PluginMissionReads::facts);
  }

  /** The missions of the active organisations that are not archived, by title (contract 1.10.0, for jobs). */
  @Transactional
  public List<MissionFacts> currentMissions() {
    return missions.current().stream().map(PluginMissionReads::facts).toList();
  }

  /** The active organisations (contract 1.10.0, for jobs). */
  @Transactional
  public List<org.missionhub.api.organisation.OrganisationFacts> activeOrganisations() {
    return organisations.withStatus(org.missionhub.api.organisation.OrganisationStatus.ACTIVE).stream().map(PluginMissionReads::facts).toList();
  }

  /** A mission as the contract gives it, in a request or outside one (PluginFacts uses it too). */
  public static MissionFacts facts(org.missionhub.core.mission.domain.Mission m) {
    return new MissionFacts(m.id(), m.title(), m.lead().id(), m.challengeArea(), m.governanceMode(), m.phase());
  }

  /** An organisation as the contract gives it. */
  public static org.missionhub.api.organisation.OrganisationFacts facts(org.missionhub.core.organisation.domain.Organisation o) {
    return new org.missionhub.api.organisation.OrganisationFacts(o.id(), o.slug(), o.name(), o.type(), o.country(), o.fiscalYearStart(), o.iatiIdentifier().orElse(null), o.sector().orElse(null));
  }

  /** A role as the contract gives it (also for {@code MissionScope.people()}). */
  public static MissionPerson person(MissionRoleAssignment r) {
    return new MissionPerson(new PersonRef(r.person().subject(), r.person().displayName()), r.organisation().id(), r.role(), r.assignedAt());
  }
}
