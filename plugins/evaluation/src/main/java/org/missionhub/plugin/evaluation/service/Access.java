package org.missionhub.plugin.evaluation.service;

import java.util.Set;
import org.missionhub.api.mission.MissionRole;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.evaluation.model.Indicator;

/**
 * Who may do what (the permissions): leaders and coordinators manage the indicators; the
 * organisation an indicator names as its reporter reports its values (its people with a reporting role), and
 * so may the managers; the mission's leaders verify; everyone who sees the mission reads.
 */
public final class Access {

  public static final String MANAGE = "evaluation.manage";
  public static final String REPORT = "evaluation.report";
  public static final String VERIFY = "evaluation.verify";
  public static final String LEARN = "evaluation.learn";

  /** The roles that hold {@link #REPORT}: who reports for their organisation (and who is reminded to). */
  public static final Set<MissionRole> REPORTING_ROLES = Set.of(MissionRole.LEADER, MissionRole.COORDINATOR, MissionRole.INITIATOR, MissionRole.IMPLEMENTER);

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

  public boolean mayReport(Indicator indicator) {
    return manages() || (scope.can(REPORT) && indicator.reporter().equals(scope.organisationId().toString()));
  }

  /** Reports some indicator's values: a manager, or someone with a reporting role (for indicators their organisation reports). */
  public boolean reportsAny() {
    return manages() || scope.can(REPORT);
  }

  public void requireReport(Indicator indicator) {
    if (!mayReport(indicator)) {
      throw PluginProblem.forbidden("Only the organisation that reports this indicator, or the mission's leaders and coordinators, report its values");
    }
  }

  public boolean learns() {
    return scope.can(LEARN);
  }

  /** Change or remove a lesson: its author, or a manager. */
  public boolean mayChange(org.missionhub.plugin.evaluation.model.Lesson lesson) {
    return manages() || (learns() && lesson.authorSubject().equals(scope.caller().subject()));
  }

  public boolean verifies() {
    return scope.can(VERIFY);
  }

  public void requireVerify() {
    scope.require(VERIFY);
  }
}
