package org.missionhub.plugin.evaluation.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Progress on cases computed by hand (the rules are in Progress and docs/evaluation.md). */
class ProgressTest {

  private static final OffsetDateTime NOON = OffsetDateTime.parse("2027-06-01T12:00:00Z");

  private static Indicator indicator(Direction direction, Calculation calculation, String baseline, String baselineDate, List<Target> targets) {
    return new Indicator(
        "i", "m", "MH-1", new Texts("Young people waiting more than 30 days", null, null), null, "%", direction, calculation, Periodicity.YEARLY,
        List.of("age group"), null, null, "org", null, null, baseline == null ? null : new BigDecimal(baseline), baselineDate == null ? null : LocalDate.parse(baselineDate), targets, 1);
  }

  private static Target target(int year, String value) {
    return new Target(LocalDate.of(year, 1, 1), new BigDecimal(value), null);
  }

  private static Actual actual(int year, String value, Verification verification) {
    return actual(year, value, verification, null, NOON);
  }

  private static Actual actual(int year, String value, Verification verification, String group, OffsetDateTime at) {
    return new Actual(year + value + group, "i", LocalDate.of(year, 1, 1), group, new BigDecimal(value), null, null, verification, null, "anna", "Anna", "org", at, 1);
  }

  @Test
  void anIncreasingIndicatorAheadOfItsStraightLineIsOnTrack() {
    // baseline 20 at 2026-12-31, target 60 at the end of 2028 (731 days later)
    Indicator share = indicator(Direction.INCREASE, Calculation.LATEST, "20", "2026-12-31", List.of(target(2028, "60")));

    // 2027 reported 45: the line at 2027-12-31 is 20 + 40 x 365/731 = 39.97...; 45 is above it
    Progress progress = Progress.of(share, List.of(actual(2027, "45", Verification.REPORTED)));

    assertThat(progress.current()).isEqualByComparingTo("45");
    assertThat(progress.asOf()).isEqualTo(LocalDate.of(2027, 12, 31));
    assertThat(progress.expected()).isEqualByComparingTo("39.97");
    assertThat(progress.percent()).isEqualByComparingTo("62.5"); // (45 - 20) / (60 - 20)
    assertThat(progress.track()).isEqualTo(Track.ON_TRACK);
  }

  @Test
  void aDecreasingIndicatorAboveItsLineIsOffTrackAndItsPercentIsStillTheShareOfTheWay() {
    // waiting times: baseline 80 days, target 30 at the end of 2028
    Indicator waiting = indicator(Direction.DECREASE, Calculation.LATEST, "80", "2026-12-31", List.of(target(2028, "30")));

    // 2027: 70; the line says 80 - 50 x 365/731 = 55.03
    Progress progress = Progress.of(waiting, List.of(actual(2027, "70", Verification.VERIFIED)));

    assertThat(progress.expected()).isEqualByComparingTo("55.03");
    assertThat(progress.percent()).isEqualByComparingTo("20.0"); // (70 - 80) / (30 - 80)
    assertThat(progress.track()).isEqualTo(Track.OFF_TRACK);
  }

  @Test
  void aCumulativeIndicatorSumsItsPeriodsAndIgnoresDisputedValuesAndBreakdowns() {
    Indicator reached = indicator(Direction.INCREASE, Calculation.SUM, "0", "2026-12-31", List.of(target(2027, "1000"), target(2028, "3000")));

    Progress progress = Progress.of(reached, List.of(
        actual(2027, "1200", Verification.VERIFIED),
        actual(2027, "700", Verification.REPORTED, "age group: 15-19", NOON), // a breakdown, not a total
        actual(2028, "900", Verification.DISPUTED)));                         // disputed: not counted

    assertThat(progress.current()).isEqualByComparingTo("1200");
    assertThat(progress.asOf()).isEqualTo(LocalDate.of(2027, 12, 31));
    assertThat(progress.expected()).isEqualByComparingTo("1000"); // exactly on the first target
    assertThat(progress.percent()).isEqualByComparingTo("40.0");  // 1200 / 3000
    assertThat(progress.track()).isEqualTo(Track.ON_TRACK);
  }

  @Test
  void aMeanIndicatorAveragesItsPeriodsAndACorrectionReplacesTheEarlierTotal() {
    Indicator satisfaction = indicator(Direction.INCREASE, Calculation.MEAN, "3", "2026-12-31", List.of(target(2028, "4")));

    Progress progress = Progress.of(satisfaction, List.of(
        actual(2027, "3.2", Verification.REPORTED, null, NOON),
        actual(2027, "3.4", Verification.REPORTED, null, NOON.plusDays(1)), // reported again: the later counts
        actual(2028, "3.9", Verification.REPORTED)));

    assertThat(progress.current()).isEqualByComparingTo("3.65"); // (3.4 + 3.9) / 2
    assertThat(progress.percent()).isEqualByComparingTo("65.0");
    assertThat(progress.track()).isEqualTo(Track.OFF_TRACK); // 3.65 < 4 at the end of 2028
  }

  @Test
  void aRangeIndicatorIsOnTrackInsideTheRangeOfItsLatestTarget() {
    Indicator occupancy = indicator(Direction.RANGE, Calculation.LATEST, null, null, List.of(
        new Target(LocalDate.of(2027, 1, 1), new BigDecimal("70"), new BigDecimal("85")),
        new Target(LocalDate.of(2028, 1, 1), new BigDecimal("75"), new BigDecimal("85"))));

    assertThat(Progress.of(occupancy, List.of(actual(2027, "72", Verification.REPORTED))).track()).isEqualTo(Track.ON_TRACK);
    assertThat(Progress.of(occupancy, List.of(actual(2028, "72", Verification.REPORTED))).track()).isEqualTo(Track.OFF_TRACK);
    assertThat(Progress.of(occupancy, List.of(actual(2028, "72", Verification.REPORTED))).percent()).isNull();
  }

  @Test
  void withoutValuesOrTargetsProgressSaysWhatIsMissing() {
    Indicator noTarget = indicator(Direction.INCREASE, Calculation.LATEST, "10", "2026-12-31", List.of());
    Indicator targeted = indicator(Direction.INCREASE, Calculation.LATEST, "10", "2026-12-31", List.of(target(2028, "20")));

    assertThat(Progress.of(targeted, List.of()).track()).isEqualTo(Track.NO_DATA);
    assertThat(Progress.of(targeted, List.of(actual(2027, "5", Verification.DISPUTED))).track()).isEqualTo(Track.NO_DATA);
    Progress untargeted = Progress.of(noTarget, List.of(actual(2027, "12", Verification.REPORTED)));
    assertThat(untargeted.track()).isEqualTo(Track.NO_TARGET);
    assertThat(untargeted.current()).isEqualByComparingTo("12");
  }

  @Test
  void withoutABaselineThePathStartsAtTheFirstTargetAndThereIsNoPercent() {
    Indicator noBaseline = indicator(Direction.INCREASE, Calculation.LATEST, null, null, List.of(target(2027, "50"), target(2029, "80")));

    Progress progress = Progress.of(noBaseline, List.of(actual(2028, "64", Verification.REPORTED)));

    // the line from 50 (2027-12-31) to 80 (2029-12-31) at 2028-12-31: 50 + 30 x 366/731 = 65.02
    assertThat(progress.expected()).isEqualByComparingTo("65.02");
    assertThat(progress.track()).isEqualTo(Track.OFF_TRACK);
    assertThat(progress.percent()).isNull();
  }
}
