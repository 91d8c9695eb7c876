package org.missionhub.plugin.evaluation.service;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.missionhub.api.plugin.AuditRecord;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.evaluation.model.Board;
import org.missionhub.plugin.evaluation.model.Indicator;
import org.missionhub.plugin.evaluation.model.Target;
import org.missionhub.plugin.evaluation.service.Forms.IndicatorForm;
import org.missionhub.plugin.evaluation.store.ActualStore;
import org.missionhub.plugin.evaluation.store.IndicatorStore;

/** The mission's indicators: read by everyone who sees the mission, managed by its leaders and coordinators. */
public final class IndicatorService {

  private final MissionScope scope;
  private final EvaluationContext context;
  private final IndicatorStore indicators = new IndicatorStore();
  private final ActualStore actuals = new ActualStore();
  private final Access access;

  public IndicatorService(MissionScope scope, EvaluationContext context) {
    this.scope = scope;
    this.context = context;
    this.access = new Access(scope);
  }

  public Access access() {
    return access;
  }

  /** Every indicator with every reported value: three statements whatever their number. */
  public Board board() {
    return scope.database().inTransaction(c -> new Board(indicators.all(c, mission()), actuals.all(c, mission())));
  }

  public Indicator get(String id) {
    return find(id).orElseThrow(() -> PluginProblem.notFound("Indicator"));
  }

  public java.util.Optional<Indicator> find(String id) {
    return scope.database().inTransaction(c -> indicators.find(c, mission(), id));
  }

  public Indicator add(IndicatorForm form) {
    access.requireManage();
    return scope.database().inTransaction(c -> {
      Indicator indicator = new IndicatorRules(scope).read(UUID.randomUUID().toString(), form, indicators.all(c, mission()), 1);
      indicators.insert(c, writer(), indicator, now());
      scope.audit(AuditRecord.created("indicator", indicator.id(), state(indicator)));
      return indicator;
    });
  }

  public Indicator update(String id, long revision, IndicatorForm form) {
    access.requireManage();
    return scope.database().inTransaction(c -> {
      var all = indicators.all(c, mission());
      Indicator before = all.stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow(() -> PluginProblem.notFound("Indicator"));
      Indicator after = new IndicatorRules(scope).read(id, form, all, revision + 1);
      boolean reported = actuals.all(c, mission()).stream().anyMatch(a -> a.indicatorId().equals(id));
      if (before.periodicity() != after.periodicity() && reported) {
        throw PluginProblem.invalid("periodicity", "cannot change once values are reported: their periods would no longer match");
      }
      if (before.yearStart() != after.yearStart() && reported) {
        throw PluginProblem.invalid("yearStart", "cannot change once values are reported: their periods would no longer match");
      }
      if (!indicators.update(c, writer(), after, revision, now())) {
        throw PluginProblem.stale("The indicator");
      }
      scope.audit(AuditRecord.updated("indicator", id, state(before), state(after)));
      return after;
    });
  }

  /** Deletes the indicator with its targets and every value reported for it. */
  public void delete(String id, long revision) {
    access.requireManage();
    scope.database().inTransaction(c -> {
      Indicator before = indicators.find(c, mission(), id).orElseThrow(() -> PluginProblem.notFound("Indicator"));
      if (!indicators.delete(c, mission(), id, revision)) {
        throw PluginProblem.stale("The indicator");
      }
      scope.audit(AuditRecord.deleted("indicator", id, state(before)));
      return null;
    });
  }

  private static Map<String, String> state(Indicator i) {
    Map<String, String> state = new LinkedHashMap<>();
    state.put("code", i.code());
    state.put("name", i.name().en());
    state.put("unit", i.unit() == null ? "" : i.unit());
    state.put("direction", i.direction().name());
    state.put("calculation", i.calculation().name());
    state.put("periodicity", i.periodicity().name());
    state.put("reporter", i.reporter());
    state.put("baseline", i.baselineValue() == null ? "" : i.baselineValue().toPlainString() + " (" + i.baselineDate() + ")");
    state.put("targets", String.join("; ", i.targets().stream().map(IndicatorService::target).toList()));
    return state;
  }

  private static String target(Target t) {
    return t.period() + ": " + t.value().toPlainString() + (t.upper() == null ? "" : "-" + t.upper().toPlainString());
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
