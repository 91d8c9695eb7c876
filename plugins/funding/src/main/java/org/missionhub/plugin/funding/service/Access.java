package org.missionhub.plugin.funding.service;

import java.util.Set;
import org.missionhub.api.mission.MissionRole;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.funding.model.Flow;
import org.missionhub.plugin.funding.model.Funder;

/**
 * Who may do what (the permissions): leaders and coordinators manage the funding plan (funders, needs,
 * rates, and the flows of outside funders); a funder organisation of the mission records its own pledges,
 * commitments and disbursements through its people with a managing or implementing role; everyone who sees the
 * mission reads.
 */
public final class Access {

  public static final String MANAGE = "funding.manage";
  public static final String RECORD = "funding.record";

  /** The roles that hold {@link #RECORD}. */
  public static final Set<MissionRole> RECORDING_ROLES = Set.of(MissionRole.LEADER, MissionRole.COORDINATOR, MissionRole.INITIATOR, MissionRole.IMPLEMENTER);

  private final MissionScope scope;

  public Access(MissionScope scope) {
    this.scope = scope;
  }

  public boolean manages() {
    return scope.can(MANAGE);
  }

  public void requireManage() {
    scope.require(MANAGE);
  }

  /** Records some funder's flows: a manager, or someone with a recording role (for their own organisation's funder). */
  public void requireRecordAny() {
    if (!manages() && !scope.can(RECORD)) {
      throw PluginProblem.forbidden("Only the funder organisations' people, and the mission's leaders and coordinators, record money");
    }
  }

  /** The funder's flows: a manager, or the funder organisation's own people. */
  public boolean mayRecord(Funder funder) {
    return manages() || (scope.can(RECORD) && funder.isMember() && funder.organisation().equals(scope.organisationId().toString()));
  }

  /**
   * Whether the caller sees the flow's amount: anyone unless it is confidential; then the mission's leaders,
   * the funder organisation's people and the organisation that recorded it.
   */
  public boolean sees(Flow flow, Funder funder) {
    if (!flow.confidential() || scope.roles().contains(MissionRole.LEADER)) {
      return true;
    }
    String organisation = scope.organisationId().toString();
    return organisation.equals(flow.writer()) || (funder.isMember() && organisation.equals(funder.organisation()));
  }

  public void requireRecord(Funder funder) {
    if (!mayRecord(funder)) {
      throw PluginProblem.forbidden("Only the funder organisation, or the mission's leaders and coordinators, record its money");
    }
  }
}
