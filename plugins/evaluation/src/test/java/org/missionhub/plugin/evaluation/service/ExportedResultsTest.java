package org.missionhub.plugin.evaluation.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.missionhub.plugin.evaluation.api.ResultFacts;
import org.missionhub.plugin.evaluation.model.Actual;
import org.missionhub.plugin.evaluation.model.Calculation;
import org.missionhub.plugin.evaluation.model.ChangeLink;
import org.missionhub.plugin.evaluation.model.ChangeNode;
import org.missionhub.plugin.evaluation.model.Direction;
import org.missionhub.plugin.evaluation.model.Indicator;
import org.missionhub.plugin.evaluation.model.NodeKind;
import org.missionhub.plugin.evaluation.model.Periodicity;
import org.missionhub.plugin.evaluation.model.Target;
import org.missionhub.plugin.evaluation.model.Texts;
import org.missionhub.plugin.evaluation.model.TheoryOfChange;
import org.missionhub.plugin.evaluation.model.Verification;

/** The mission's results as the funding plugin's IATI file takes them: by step of the theory of change, then the rest. */
class ExportedResultsTest {

  private static final OffsetDateTime AT = OffsetDateTime.of(2026, 12, 6, 9, 0, 0, 0, ZoneOffset.UTC);

  private final ChangeNode schools = new ChangeNode("n-schools", NodeKind.INITIATIVE, "Wellbeing in schools", null, "i-schools", 1);
  private final ChangeNode counselling = new ChangeNode("n-out", NodeKind.OUTPUT, "Counselling offered in every school", null, null, 1);
  private final ChangeNode feelBetter = new ChangeNode("n-outcome", NodeKind.OUTCOME, "Young people feel better", null, null, 1);
  private final TheoryOfChange theory = new TheoryOfChange(List.of(schools, counselling, feelBetter),
      List.of(new ChangeLink("l1", "n-schools", "n-out", null, null, 1), new ChangeLink("l2", "n-out", "n-outcome", null, null, 1)));

  private static Indicator indicator(String id, String code, Direction direction, Periodicity periodicity, List<Target> targets) {
    return new Indicator(id, "m", code, new Texts(code + " in English", code + " en français", null), null, "%", direction, Calculation.LATEST, periodicity, List.of(),
        null, null, "org", null, null, new BigDecimal("50"), LocalDate.of(2025, 1, 1), targets, 1);
  }

  private static Actual total(String id, String indicator, LocalDate period, String value, Verification verification) {
    return new Actual(id, indicator, period, null, new BigDecimal(value), null, null, verification, null, "someone", "Someone", "org", AT, 1);
  }

  @Test
  void stepsInTheTheorysOrderThenIndicatorsMeasuringNone() {
    Indicator wellbeing = indicator("i1", "WB", Direction.INCREASE, Periodicity.YEARLY, List.of(new Target(LocalDate.of(2026, 1, 1), new BigDecimal("60"), null)));
    Indicator reach = indicator("i2", "RE", Direction.INCREASE, Periodicity.QUARTERLY, List.of());
    Indicator waiting = indicator("i3", "WT", Direction.RANGE, Periodicity.QUARTERLY, List.of(new Target(LocalDate.of(2026, 4, 1), new BigDecimal("2"), new BigDecimal("4"))));
    List<Actual> reported = List.of(
        total("a1", "i1", LocalDate.of(2026, 1, 1), "55", Verification.REPORTED),
        total("a2", "i1", LocalDate.of(2026, 1, 1), "57", Verification.VERIFIED),
        total("a3", "i2", LocalDate.of(2026, 1, 1), "10", Verification.DISPUTED),
        new Actual("a4", "i2", LocalDate.of(2026, 1, 1), "age group: 15-19", new BigDecimal("4"), null, null, Verification.REPORTED, null, "s", "S", "org", AT, 1));

    List<ResultFacts> results = ExportedResults.of(List.of(wellbeing, reach, waiting), reported, theory, Map.of("i1", "n-outcome", "i2", "n-out"));

    assertThat(results).extracting(ResultFacts::level).containsExactly(ResultFacts.Level.OUTPUT, ResultFacts.Level.OUTCOME, ResultFacts.Level.OTHER);
    assertThat(results.get(0).title()).isEqualTo("Counselling offered in every school");
    assertThat(results.get(0).indicators().get(0).periods()).as("a disputed total and a group's value are not the total").isEmpty();
    ResultFacts.IndicatorFacts wb = results.get(1).indicators().get(0);
    assertThat(wb.name()).containsEntry("en", "WB in English").containsEntry("fr", "WB en français").doesNotContainKey("da");
    assertThat(wb.ascending()).isTrue();
    assertThat(wb.isPercentage()).isTrue();
    assertThat(wb.periods()).containsExactly(new ResultFacts.PeriodFacts(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), new BigDecimal("60"), null, new BigDecimal("57")));
    ResultFacts.IndicatorFacts wt = results.get(2).indicators().get(0);
    assertThat(results.get(2).title()).isNull();
    assertThat(wt.ascending()).as("a range goes neither way").isNull();
    assertThat(wt.periods()).containsExactly(new ResultFacts.PeriodFacts(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30), new BigDecimal("2"), new BigDecimal("4"), null));
  }

  @Test
  void noIndicatorsNoResults() {
    assertThat(ExportedResults.of(List.of(), List.of(), theory, Map.of())).isEmpty();
  }
}
