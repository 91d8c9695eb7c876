package org.missionhub.plugin.evaluation.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.plugin.evaluation.model.Actual;
import org.missionhub.plugin.evaluation.model.Board;
import org.missionhub.plugin.evaluation.model.Indicator;
import org.missionhub.plugin.evaluation.model.Verification;
import org.missionhub.plugin.evaluation.service.Forms.ActualForm;

/**
 * The rules of a reported value, shared by the form and the CSV import: a period of the indicator's
 * periodicity that has begun, a group of one of its disaggregations, a number, source and comment within
 * their lengths. The reporter is the caller, for the caller's organisation, now.
 */
final class ActualRules {

  private final MissionScope scope;
  private final Clock clock;

  ActualRules(MissionScope scope, Clock clock) {
    this.scope = scope;
    this.clock = clock;
  }

  /** The value the form describes (a new one, or a correction at {@code revision}); 400 naming each field refused. */
  Actual read(Indicator indicator, String id, ActualForm form, long revision) {
    ActualForm given = form == null ? new ActualForm(null, null, null, null, null) : form;
    Fields f = new Fields();
    LocalDate period = f.period("period", given.period(), indicator.periods());
    if (period != null && period.isAfter(LocalDate.now(clock))) {
      f.problem("period", "has not begun yet: values are reported for periods that have begun");
    }
    String group = group(f, indicator, given.disaggregation());
    BigDecimal value = f.number("value", given.value(), true);
    String source = f.text("source", given.source(), 500, false);
    String comment = f.text("comment", given.comment(), 2000, false);
    f.check();
    return new Actual(id, indicator.id(), period, group, value, source, comment, Verification.REPORTED, null, scope.caller().subject(), scope.caller().displayName(),
        scope.organisationId().toString(), OffsetDateTime.now(clock), revision);
  }

  /** Another value already reported for the same indicator, period and group (one per slot: it is corrected, not reported twice). */
  static Optional<Actual> sameSlot(Board board, Actual actual) {
    return board.actualsOf(actual.indicatorId()).stream()
        .filter(a -> !a.id().equals(actual.id()) && a.period().equals(actual.period()) && Objects.equals(a.disaggregation(), actual.disaggregation()))
        .findFirst();
  }

  /** How the period and group are written in messages: {@code 2027-Q2 (age group: 15-19)}. */
  static String slot(Indicator indicator, Actual actual) {
    return indicator.periods().name(actual.period()) + (actual.disaggregation() == null ? "" : " (" + actual.disaggregation() + ")");
  }

  /** The audited state of a value. */
  static Map<String, String> state(Indicator indicator, Actual a) {
    Map<String, String> state = new LinkedHashMap<>();
    state.put("indicator", indicator.code());
    state.put("period", indicator.periods().name(a.period()));
    state.put("disaggregation", a.disaggregation() == null ? "" : a.disaggregation());
    state.put("value", a.value().toPlainString());
    state.put("verification", a.verification().name());
    return state;
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
}
