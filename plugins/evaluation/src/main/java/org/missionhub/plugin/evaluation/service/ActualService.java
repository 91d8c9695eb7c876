package org.missionhub.plugin.evaluation.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
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

  public ActualService(MissionScope scope, EvaluationContext context) {
    this.scope = scope;
    this.context = context;
    this.access = new Access(scope);
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
      scope.audit(AuditRecord.created("indicator-value", actual.id(), state(indicator, actual)));
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
      scope.audit(AuditRecord.updated("indicator-value", id, state(indicator, before), state(indicator, after)));
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
      scope.audit(AuditRecord.updated("indicator-value", id, state(indicator, before), state(indicator, after)));
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
      scope.audit(AuditRecord.deleted("indicator-value", id, state(indicator, before)));
      return null;
    });
  }

  private Actual read(Board board, Indicator indicator, String id, ActualForm form, long revision) {
    ActualForm given = form == null ? new ActualForm(null, null, null, null, null) : form;
    Fields f = new Fields();
    LocalDate period = f.period("period", given.period(), indicator.periodicity());
    LocalDate today = LocalDate.now(context.clock());
    if (period != null && period.isAfter(today)) {
      f.problem("period", "has not begun yet: values are reported for periods that have begun");
    }
    String group = group(f, indicator, given.disaggregation());
    BigDecimal value = f.number("value", given.value(), true);
    String source = f.text("source", given.source(), 500, false);
    String comment = f.text("comment", given.comment(), 2000, false);
    f.check();
    board.actualsOf(indicator.id()).stream()
        .filter(a -> !a.id().equals(id) && a.period().equals(period) && java.util.Objects.equals(a.disaggregation(), group))
        .findFirst()
        .ifPresent(a -> {
          throw PluginProblem.conflict("A value is reported for " + indicator.periodicity().name(period) + (group == null ? "" : " (" + group + ")") + " already: correct it instead");
        });
    return new Actual(id, indicator.id(), period, group, value, source, comment, Verification.REPORTED, null, scope.caller().subject(), scope.caller().displayName(),
        writer(), now(), revision);
  }

  /** {@code "age group: 15-19"}, written with the indicator's own spelling of the disaggregation; null for the total. */
  private static String group(Fields f, Indicator indicator, String given) {
    if (given == null || given.isBlank()) {
      return null;
    }
    int colon = given.indexOf(':');
    String name = colon < 0 ? "" : given.substring(0, colon).strip();
    String value = colon < 0 ? "" : given.substring(colon + 1).strip();
    var known = indicator.disaggregations().stream().filter(d -> d.equalsIgnoreCase(name)).findFirst();
    if (known.isEmpty() || value.isEmpty() || value.length() > 100) {
      f.problem("disaggregation", indicator.disaggregations().isEmpty()
          ? "must be empty: this indicator has no disaggregations"
          : "must be one of " + String.join(", ", indicator.disaggregations()) + ", then a colon and the group, such as \"" + indicator.disaggregations().get(0).toLowerCase(Locale.ROOT) + ": ...\"");
      return null;
    }
    return known.get() + ": " + value;
  }

  private static Map<String, String> state(Indicator indicator, Actual a) {
    Map<String, String> state = new LinkedHashMap<>();
    state.put("indicator", indicator.code());
    state.put("period", indicator.periodicity().name(a.period()));
    state.put("disaggregation", a.disaggregation() == null ? "" : a.disaggregation());
    state.put("value", a.value().toPlainString());
    state.put("verification", a.verification().name());
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
