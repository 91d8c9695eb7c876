package org.missionhub.core.governance.application;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.missionhub.core.application.ApplicationService;
import org.missionhub.core.governance.domain.BodyRecord;
import org.missionhub.core.governance.domain.GovernanceBody;
import org.missionhub.core.governance.persistence.GovernanceRepository;
import org.missionhub.core.mission.application.MissionAccessGuard;
import org.missionhub.core.mission.domain.Mission;
import org.missionhub.core.security.MissionPermission;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.shared.Page;
import org.missionhub.core.shared.PageRequest;
import org.missionhub.core.shared.TimeSource;

/** The bodies that govern a mission: LEADERs and COORDINATORs maintain them, everyone on the mission reads. */
@ApplicationService
public class GovernanceBodyService {

  @Inject MissionAccessGuard guard;
  @Inject GovernanceRepository governance;
  @Inject TimeSource time;

  public Page<GovernanceBody> list(String missionId, PageRequest page) {
    return governance.bodies(guard.access(missionId).mission(), page);
  }

  public GovernanceBody get(String missionId, String bodyId) {
    return find(guard.access(missionId).mission(), bodyId);
  }

  public GovernanceBody create(String missionId, @NotNull @Valid BodyRecord record) {
    Mission mission = guard.require(missionId, MissionPermission.MANAGE_GOVERNANCE_BODIES).mission();
    mission.requireEditable();
    GovernanceBody body = new GovernanceBody(mission, record, time.now());
    governance.add(body);
    return body;
  }

  public GovernanceBody revise(String missionId, String bodyId, long expectedVersion, @NotNull @Valid BodyRecord record) {
    Mission mission = guard.require(missionId, MissionPermission.MANAGE_GOVERNANCE_BODIES).mission();
    mission.requireEditable();
    GovernanceBody body = find(mission, bodyId);
    requireVersion(body, expectedVersion);
    body.revise(record, time.now());
    return body;
  }

  public void delete(String missionId, String bodyId, long expectedVersion) {
    Mission mission = guard.require(missionId, MissionPermission.MANAGE_GOVERNANCE_BODIES).mission();
    mission.requireEditable();
    GovernanceBody body = find(mission, bodyId);
    requireVersion(body, expectedVersion);
    governance.remove(body);
  }

  private GovernanceBody find(Mission mission, String bodyId) {
    return governance
        .find(GovernanceBody.class, mission, bodyId)
        .orElseThrow(() -> ApplicationException.notFound("Governance body"));
  }

  private static void requireVersion(GovernanceBody body, long expectedVersion) {
    if (body.version() != expectedVersion) {
      throw ApplicationException.staleVersion("This governance body");
    }
  }
}
