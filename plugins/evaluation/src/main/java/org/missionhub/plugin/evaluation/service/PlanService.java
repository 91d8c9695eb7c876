package org.missionhub.plugin.evaluation.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.missionhub.api.governance.DecisionDraft;
import org.missionhub.api.governance.DecisionStatus;
import org.missionhub.api.plugin.AuditRecord;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.evaluation.model.Plan;
import org.missionhub.plugin.evaluation.model.PlanStatus;
import org.missionhub.plugin.evaluation.service.Forms.ApprovalForm;
import org.missionhub.plugin.evaluation.service.Forms.PlanForm;
import org.missionhub.plugin.evaluation.store.IndicatorStore;
import org.missionhub.plugin.evaluation.store.PlanStore;

/**
 * The mission's monitoring and evaluation plan: written by its leaders and coordinators, approved by a
 * leader as an adopted decision of the mission's decision log; a change to an approved plan makes it a
 * draft again, to be approved anew.
 */
public final class PlanService {

  private final MissionScope scope;
  private final EvaluationContext context;
  private final PlanStore plans = new PlanStore();
  private final IndicatorStore indicators = new IndicatorStore();
  private final Access access;

  public PlanService(MissionScope scope, EvaluationContext context) {
    this.scope = scope;
    this.context = context;
    this.access = new Access(scope);
  }

  public Access access() {
    return access;
  }

  public Plan plan() {
    return scope.database().inTransaction(c -> plans.read(c, mission()));
  }

  public Plan save(long revision, PlanForm form) {
    access.requireManage();
    return scope.database().inTransaction(c -> {
      Plan before = plans.read(c, mission());
      if (before.revision() != revision) {
        throw PluginProblem.stale("The plan");
      }
      Plan after = new PlanRules().read(before, form, indicators.all(c, mission()));
      if (!plans.save(c, writer(), after, revision, now())) {
        throw PluginProblem.stale("The plan");
      }
      scope.audit(before.exists() ? AuditRecord.updated("evaluation-plan", mission(), state(before), state(after)) : AuditRecord.created("evaluation-plan", mission(), state(after)));
      return after;
    });
  }

  public Plan approve(long revision, ApprovalForm form) {
    access.requireVerify();
    return scope.database().inTransaction(c -> {
      Plan before = plans.read(c, mission());
      if (!before.exists()) {
        throw PluginProblem.notFound("Monitoring and evaluation plan");
      }
      if (before.revision() != revision) {
        throw PluginProblem.stale("The plan");
      }
      if (before.status() == PlanStatus.APPROVED) {
        throw PluginProblem.conflict("The plan is approved already; change it first to approve a new version");
      }
      before.incomplete().ifPresent(reason -> {
        throw PluginProblem.conflict(reason);
      });
      Fields f = new Fields();
      String decidedBy = f.text("decidedBy", form == null ? null : form.decidedBy(), 200, true);
      String rationale = f.text("rationale", form == null ? null : form.rationale(), 2000, false);
      f.check();
      LocalDate today = LocalDate.now(context.clock());
      String decision = scope.recordDecision(new DecisionDraft(
          "Monitoring and evaluation plan approved", rationale == null ? summary(before) : rationale + "\n\n" + summary(before), today, decidedBy, DecisionStatus.ADOPTED));
      Plan after = new Plan(before.missionId(), before.purpose(), before.reportWithinDays(), before.budget(), before.currency(), before.questions(), before.moments(),
          PlanStatus.APPROVED, decision, today, before.revision() + 1);
      if (!plans.save(c, writer(), after, revision, now())) {
        throw PluginProblem.stale("The plan");
      }
      scope.audit(AuditRecord.updated("evaluation-plan", mission(), state(before), state(after)));
      return after;
    });
  }

  /** What the decision log says was approved. */
  private static String summary(Plan plan) {
    return plan.questions().size() + " evaluation questions (" + plan.criteria().stream().map(c -> c.name().toLowerCase(java.util.Locale.ROOT)).collect(Collectors.joining(", "))
        + "), " + plan.moments().size() + " evaluation moments; values due " + plan.reportWithinDays() + " days after each period"
        + (plan.budget() == null ? "" : "; evaluation budget " + plan.budget().toPlainString() + " " + plan.currency());
  }

  private static Map<String, String> state(Plan p) {
    Map<String, String> state = new LinkedHashMap<>();
    state.put("status", p.status().name());
    state.put("questions", Integer.toString(p.questions().size()));
    state.put("moments", Integer.toString(p.moments().size()));
    state.put("reportWithinDays", Integer.toString(p.reportWithinDays()));
    state.put("budget", p.budget() == null ? "" : p.budget().toPlainString() + " " + p.currency());
    return state;
  }

  private String mission() {
    return scope.missionId().toString();
  }

  private String writer() {
    return scope.organisationId().toString();
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(context.clock());
  }
}
