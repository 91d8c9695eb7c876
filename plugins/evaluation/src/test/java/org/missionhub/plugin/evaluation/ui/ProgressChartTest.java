package org.missionhub.plugin.evaluation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionhub.plugin.evaluation.model.Actual;
import org.missionhub.plugin.evaluation.model.Calculation;
import org.missionhub.plugin.evaluation.model.Direction;
import org.missionhub.plugin.evaluation.model.Indicator;
import org.missionhub.plugin.evaluation.model.Periodicity;
import org.missionhub.plugin.evaluation.model.Target;
import org.missionhub.plugin.evaluation.model.Texts;
import org.missionhub.plugin.evaluation.model.Verification;

class ProgressChartTest {

  private static Indicator indicator(Direction direction, List<Target> targets) {
    return new Indicator("i", "m", "YMH-1", new Texts("Waiting", null, null), null, "%", direction, Calculation.LATEST, Periodicity.YEARLY, List.of(), null, null, "org", null, null,
        new BigDecimal("80"), LocalDate.of(2025, 12, 31), targets, 1);
  }

  private static Actual value(int year, String value, Verification verification) {
    return new Actual("a" + year, "i", LocalDate.of(year, 1, 1), null, new BigDecimal(value), null, null, verification, null, "anna", "Anna", "org",
        OffsetDateTime.parse("2027-02-01T09:00:00Z"), 1);
  }

  @Test
  void theTargetPathIsDashedAndEachCountedValueIsADot() {
    Indicator waiting = indicator(Direction.DECREASE, List.of(new Target(LocalDate.of(2028, 1, 1), new BigDecimal("30"), null)));

    String svg = new ProgressChart(waiting, List.of(value(2026, "70", Verification.VERIFIED), value(2027, "66", Verification.REPORTED), value(2027, "99", Verification.DISPUTED)),
        "Progress of \"YMH-1\"").render();

    assertThat(svg).startsWith("<svg").contains("role=\"img\"", "aria-label=\"Progress of &quot;YMH-1&quot;\"", "stroke-dasharray=\"6 4\"");
    assertThat(svg.split("<circle", -1)).hasSize(3); // 2026 and 2027; the disputed value is not counted
    assertThat(svg).contains(">2026<", ">2028<").doesNotContain("NaN").doesNotContain("Infinity");
  }

  @Test
  void aRangeIsDrawnAsBandsAndNothingIsDrawnWithoutTargetsOrValues() {
    Indicator range = indicator(Direction.RANGE, List.of(new Target(LocalDate.of(2027, 1, 1), new BigDecimal("70"), new BigDecimal("85"))));

    assertThat(new ProgressChart(range, List.of(value(2027, "72", Verification.REPORTED)), "Range").render()).contains("<rect").doesNotContain("NaN");
    assertThat(new ProgressChart(indicator(Direction.INCREASE, List.of()), List.of(), "Nothing").render()).isEmpty();
  }
}
