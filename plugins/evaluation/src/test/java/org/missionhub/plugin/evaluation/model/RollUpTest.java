package org.missionhub.plugin.evaluation.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The roll-up rules of docs/evaluation.md on cases computed by hand. */
class RollUpTest {

  private static ChangeNode step(String id, NodeKind kind) {
    return new ChangeNode(id, kind, id, null, null, 1);
  }

  private static ChangeLink link(String from, String to) {
    return new ChangeLink(from + ">" + to, from, to, null, null, 1);
  }

  private static Progress at(String percent, Track track) {
    return new Progress(BigDecimal.ONE, null, null, percent == null ? null : new BigDecimal(percent), track);
  }

  // out1 (40 %) and out2 (120 %, held at 100) lead to the outcome, which has its own indicator (-10 %, held
  // at 0) and leads to the target: outcome = (0 + 40 + 100) / 3 = 46.7; target = 46.7
  private final TheoryOfChange theory = new TheoryOfChange(
      List.of(step("out1", NodeKind.OUTPUT), step("out2", NodeKind.OUTPUT), step("outcome", NodeKind.OUTCOME), step("side", NodeKind.OUTCOME)),
      List.of(link("out1", "outcome"), link("out2", "outcome"), link("outcome", null), link("side", null)));

  private final RollUp rollUp = new RollUp(theory,
      Map.of("i1", "out1", "i2", "out2", "i3", "outcome", "range", "side", "decreasing", "out1"),
      Map.of("i1", at("40", Track.ON_TRACK), "i2", at("120", Track.ON_TRACK), "i3", at("-10", Track.OFF_TRACK), "range", at(null, Track.ON_TRACK),
          "decreasing", at(null, Track.NO_DATA)));

  @Test
  void aStepsPercentIsTheMeanOfItsIndicatorsAndOfTheStepsLeadingToIt() {
    assertThat(rollUp.of("out1").percent()).isEqualByComparingTo("40.0");
    assertThat(rollUp.of("out2").percent()).as("held at 100").isEqualByComparingTo("100.0");
    assertThat(rollUp.of("outcome").percent()).isEqualByComparingTo("46.7");
  }

  @Test
  void theTargetCountsOnlyTheStepsWithAPercent() {
    // "side" has only a range indicator: on track, but no percent, so it does not count in the mean
    assertThat(rollUp.of("side").percent()).isNull();
    assertThat(rollUp.target().percent()).isEqualByComparingTo("46.7");
  }

  @Test
  void onAndOffTrackCountEveryIndicatorBeneathOnce() {
    RollUp.Standing outcome = rollUp.of("outcome");
    assertThat(outcome.indicators()).isEqualTo(4);
    assertThat(outcome.onTrack()).isEqualTo(2);
    assertThat(outcome.offTrack()).isEqualTo(1);
    RollUp.Standing target = rollUp.target();
    assertThat(target.indicators()).isEqualTo(5);
    assertThat(target.onTrack()).isEqualTo(3);
    assertThat(target.offTrack()).isEqualTo(1);
  }

  @Test
  void aStepWithNothingMeasuredHasNoPercent() {
    RollUp empty = new RollUp(theory, Map.of(), Map.of());
    assertThat(empty.target().percent()).isNull();
    assertThat(empty.of("outcome").indicators()).isZero();
  }
}
