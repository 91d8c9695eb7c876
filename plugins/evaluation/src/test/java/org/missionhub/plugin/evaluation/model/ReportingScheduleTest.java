package org.missionhub.plugin.evaluation.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportingScheduleTest {

  // quarterly, baseline in the middle of 2026-Q1 (so Q1 is the baseline's own quarter), last target 2026-Q4
  private final Indicator quarterly = new Indicator(
      "i", "m", "Q-1", new Texts("Calls answered within a minute", null, null), null, "%", Direction.INCREASE, Calculation.LATEST, Periodicity.QUARTERLY,
      List.of(), null, null, "org", null, null, new BigDecimal("60"), LocalDate.of(2026, 2, 15), List.of(new Target(LocalDate.of(2026, 10, 1), new BigDecimal("90"), null)), 1);

  private static Actual total(LocalDate period) {
    return new Actual("a" + period, "i", period, null, BigDecimal.ONE, null, null, Verification.REPORTED, null, "anna", "Anna", "org", OffsetDateTime.parse("2026-10-20T09:00:00Z"), 1);
  }

  @Test
  void everyEndedPeriodAfterTheBaselineIsDueSomeDaysAfterItEnds() {
    Board board = new Board(List.of(quarterly), List.of(total(LocalDate.of(2026, 7, 1))));

    List<ReportingSchedule.Report> reports = ReportingSchedule.of(board, 30, LocalDate.of(2026, 11, 20));

    // Q2 ended 2026-06-30, due 2026-07-30, never reported; Q3 reported; Q4 has not ended
    assertThat(reports).extracting(r -> Periodicity.QUARTERLY.name(r.period()) + " " + r.due() + " " + r.state())
        .containsExactly("2026-Q2 2026-07-30 OVERDUE", "2026-Q3 2026-10-30 REPORTED");
    assertThat(ReportingSchedule.reportedShare(reports)).hasValue(50);
  }

  @Test
  void aPeriodThatEndedButIsNotYetDueIsDueAndNotCountedAsMissed() {
    Board board = new Board(List.of(quarterly), List.of(total(LocalDate.of(2026, 4, 1))));

    List<ReportingSchedule.Report> reports = ReportingSchedule.of(board, 30, LocalDate.of(2026, 10, 15));

    assertThat(reports).extracting(ReportingSchedule.Report::state).containsExactly(ReportingSchedule.State.REPORTED, ReportingSchedule.State.DUE);
    assertThat(ReportingSchedule.reportedShare(reports)).hasValue(100);
  }

  @Test
  void anIndicatorWithoutTargetsHasNoSchedule() {
    Indicator untargeted = new Indicator("j", "m", "Q-2", new Texts("Other", null, null), null, null, Direction.INCREASE, Calculation.LATEST, Periodicity.YEARLY,
        List.of(), null, null, "org", null, null, BigDecimal.ONE, LocalDate.of(2020, 12, 31), List.of(), 1);

    assertThat(ReportingSchedule.of(new Board(List.of(untargeted), List.of()), 30, LocalDate.of(2026, 11, 20))).isEmpty();
    assertThat(ReportingSchedule.reportedShare(List.of())).isEmpty();
  }
}
