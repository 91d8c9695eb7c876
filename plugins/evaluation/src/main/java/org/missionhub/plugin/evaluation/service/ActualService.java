package org.missionhub.plugin.evaluation.service;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.missionhub.api.plugin.AuditRecord;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.evaluation.model.Actual;
import org.missionhub.plugin.evaluation.model.Board;
import org.missionhub.plugin.evaluation.model.Indicator;
import org.missionhub.plugin.evaluation.model.Verification;
import org.missionhub.plugin.evaluation.service.Forms.ActualForm;
import org.missionhub.plugin.evaluation.service.Forms.VerificationForm;
import org.missionhub.plugin.evaluation.store.ActualStore;
import org.missionhub.plugin.evaluation.store.IndicatorStore;

/**
 * Values reported for indicators: reported by the indicator's reporting organisation (or a manager), one per
 * period and group, corrected rather than reported twice; verified or disputed by a leader who did not
 * report it (four eyes); a correction goes back to REPORTED.
 */
public final class ActualService {

  private final MissionScope scope;
  private final EvaluationContext context;
  private final IndicatorStore indicators = new IndicatorStore();
  private final ActualStore actuals = new ActualStore();
  private final Access access;
  private final ActualRules rules;

  public ActualService(MissionScope scope, EvaluationContext context) {
    this.scope = scope;
    this.context = context;
    this.access = new Access(scope);
    this.rules = new ActualRules(scope, context.clock());
  }

  public Actual get(String indicatorId, String id) {
    return scope.database().inTransaction(c -> actuals.find(c, mission(), id)).filter(a -> a.indicatorId().equals(indicatorId))
        .orElseThrow(() -> PluginProblem.notFound("Reported value"));
  }

  public Actual report(String indicatorId, ActualForm form) {
    return scope.database().inTransaction(c -> {
      Board board = new Board(indicators.all(c, mission()), actuals.all(c, mission()));
      Indicator indicator = board.indicator(indicatorId).orElseThrow(() -> PluginProblem.notFound("Indicator"));
      access.requireReport(indicator);
      Actual actual = read(board, indicator, UUID.randomUUID().toString(), form, 1);
      actuals.insert(c, writer(), mission(), actual);
      scope.audit(AuditRecord.created("indicator-value", actual.id(), ActualRules.state(indicator, actual)));
      return actual;
    });
  }

  public Actual correct(String indicatorId, String id, long revision, ActualForm form) {
    return scope.database().inTransaction(c -> {
      Board board = new Board(indicators.all(c, mission()), actuals.all(c, mission()));
      Indicator indicator = board.indicator(indicatorId).orElseThrow(() -> PluginProblem.notFound("Indicator"));
      Actual before = board.actual(id).filter(a -> a.indicatorId().equals(indicatorId)).orElseThrow(() -> PluginProblem.notFound("Reported value"));
      access.requireReport(indicator);
      Actual after = read(board, indicator, id, form, revision + 1);
      if (!actuals.correct(c, writer(), mission(), after, revision)) {
        throw PluginProblem.stale("The reported value");
      }
      scope.audit(AuditRecord.updated("indicator-value", id, ActualRules.state(indicator, before), ActualRules.state(indicator, after)));
      return after;
    });
  }

  public Actual verify(String indicatorId, String id, long revision, VerificationForm form) {
    access.requireVerify();
    return scope.database().inTransaction(c -> {
      Indicator indicator = indicators.find(c, mission(), indicatorId).orElseThrow(() -> PluginProblem.notFound("Indicator"));
      Actual before = actuals.find(c, mission(), id).filter(a -> a.indicatorId().equals(indicatorId)).orElseThrow(() -> PluginProblem.notFound("Reported value"));
      Fields f = new Fields();
      Verification state = f.choice("state", form == null ? null : form.state(), Verification.class, null);
      if (state == Verification.REPORTED) {
        f.problem("state", "must be VERIFIED or DISPUTED");
      }
      String note = f.text("note", form == null ? null : form.note(), 1000, state == Verification.DISPUTED);
      f.check();
      if (before.reportedBy().equals(scope.caller().subject())) {
        throw PluginProblem.conflict("You reported this value: another of the mission's leaders verifies it");
      }
      if (!actuals.verify(c, writer(), mission(), id, state, note, scope.caller().subject(), now(), revision)) {
        throw PluginProblem.stale("The reported value");
      }
      Actual after = before.verified(state, note);
      scope.audit(AuditRecord.updated("indicator-value", id, ActualRules.state(indicator, before), ActualRules.state(indicator, after)));
      return after;
    });
  }

  public void delete(String indicatorId, String id, long revision) {
    scope.database().inTransaction(c -> {
      Indicator indicator = indicators.find(c, mission(), indicatorId).orElseThrow(() -> PluginProblem.notFound("Indicator"));
      Actual before = actuals.find(c, mission(), id).filter(a -> a.indicatorId().equals(indicatorId)).orElseThrow(() -> PluginProblem.notFound("Reported value"));
      access.requireReport(indicator);
      if (before.verification() == Verification.VERIFIED && !access.manages()) {
        throw PluginProblem.forbidden("A verified value is deleted only by the mission's leaders and coordinators");
      }
      if (!actuals.delete(c, mission(), id, revision)) {
        throw PluginProblem.stale("The reported value");
      }
      scope.audit(AuditRecord.deleted("indicator-value", id, ActualRules.state(indicator, before)));
      return null;
    });
  }

  private Actual read(Board board, Indicator indicator, String id, ActualForm form, long revision) {
    Actual actual = rules.read(indicator, id, form, revision);
    ActualRules.sameSlot(board, actual).ifPresent(a -> {
      throw PluginProblem.conflict("A value is reported for " + ActualRules.slot(indicator, actual) + " already: correct it instead");
    });
    return actual;
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
