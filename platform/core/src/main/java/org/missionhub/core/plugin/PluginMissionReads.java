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

  @Transactional
  public List<MissionPerson> of(MissionId mission) {
    return missions.find(mission).map(m -> roles.all(m).stream().map(PluginMissionReads::person).toList()).orElse(List.of());
  }

  @Transactional
  public Optional<MissionFacts> facts(MissionId mission) {
    // as PluginFacts gives them in a request (that package depends on this one, not the other way round)
    return missions.find(mission).map(m -> new MissionFacts(m.id(), m.title(), m.lead().id(), m.challengeArea(), m.governanceMode(), m.phase()));
  }

  /** A role as the contract gives it (also for {@code MissionScope.people()}). */
  public static MissionPerson person(MissionRoleAssignment r) {
    return new MissionPerson(new PersonRef(r.person().subject(), r.person().displayName()), r.organisation().id(), r.role(), r.assignedAt());
  }
}
