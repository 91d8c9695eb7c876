package org.missionhub.core.governance.application;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.missionhub.api.governance.RiskCategory;
import org.missionhub.api.governance.RiskStatus;
import org.missionhub.core.application.ApplicationService;
import org.missionhub.core.governance.domain.Risk;
import org.missionhub.core.governance.domain.RiskRecord;
import org.missionhub.core.governance.persistence.GovernanceRepository;
import org.missionhub.core.mission.application.MissionAccessGuard;
import org.missionhub.core.mission.domain.Mission;
import org.missionhub.core.security.MissionPermission;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.shared.Page;
import org.missionhub.core.shared.PageRequest;
import org.missionhub.core.shared.TimeSource;

/** A mission's risk register: everyone on the mission reads it; contributors and up maintain it. */
@ApplicationService
public class RiskService {

  @Inject MissionAccessGuard guard;
  @Inject GovernanceRepository governance;
  @Inject TimeSource time;

  public Page<Risk> list(String missionId, Optional<RiskStatus> status, Optional<RiskCategory> category, PageRequest page) {
    return governance.risks(guard.access(missionId).mission(), status, category, page);
  }

  public RiskMatrix matrix(String missionId) {
    return RiskMatrix.of(governance.activeRiskCells(guard.access(missionId).mission()));
  }

  public Risk get(String missionId, String riskId) {
    return find(guard.access(missionId).mission(), riskId);
  }

  public Risk add(String missionId, @NotNull @Valid RiskRecord record) {
    Mission mission = guard.require(missionId, MissionPermission.MANAGE_RISKS).mission();
    mission.requireEditable();
    if (record.status() == RiskStatus.PROPOSED) {
      throw ApplicationException.invalid("status", "only MissionHub proposes risks (to a new mission); a risk you add is open, being mitigated, accepted or closed");
    }
    Risk risk = new Risk(mission, record, time.now());
    governance.add(risk);
    return risk;
  }

  public Risk revise(String missionId, String riskId, long expectedVersion, @NotNull @Valid RiskRecord record) {
    Mission mission = guard.require(missionId, MissionPermission.MANAGE_RISKS).mission();
    mission.requireEditable();
    Risk risk = find(mission, riskId);
    requireVersion(risk, expectedVersion);
    if (record.status() == RiskStatus.PROPOSED && risk.status() != RiskStatus.PROPOSED) {
      throw ApplicationException.invalid("status", "a risk in the register cannot become a proposal again");
    }
    risk.revise(record, time.now());
    return risk;
  }

  /**
   * Accepts a proposed starting risk into the register as it stands: it becomes OPEN and counts from now on.
   * Dismissing one is deleting it ({@link #delete}).
   */
  public Risk accept(String missionId, String riskId, long expectedVersion) {
    Mission mission = guard.require(missionId, MissionPermission.MANAGE_RISKS).mission();
    mission.requireEditable();
    Risk risk = find(mission, riskId);
    requireVersion(risk, expectedVersion);
    if (risk.status() != RiskStatus.PROPOSED) {
      throw ApplicationException.conflict("This risk is in the register already; only a proposed risk is accepted");
    }
    risk.accept(time.now());
    return risk;
  }

  public void delete(String missionId, String riskId, long expectedVersion) {
    Mission mission = guard.require(missionId, MissionPermission.MANAGE_RISKS).mission();
    mission.requireEditable();
    Risk risk = find(mission, riskId);
    requireVersion(risk, expectedVersion);
    governance.remove(risk);
  }

  private Risk find(Mission mission, String riskId) {
    return governance.find(Risk.class, mission, riskId).orElseThrow(() -> ApplicationException.notFound("Risk"));
  }

  private static void requireVersion(Risk risk, long expectedVersion) {
    if (risk.version() != expectedVersion) {
      throw ApplicationException.staleVersion("This risk");
    }
  }
}
