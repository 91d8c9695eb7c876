package org.missionhub.plugin.evaluation.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Periods over fiscal years: named by the two years they span, quarters counted from the year's first month. */
class PeriodsTest {

  private final Periods aprilYears = new Periods(Periodicity.YEARLY, 4);
  private final Periods aprilQuarters = new Periods(Periodicity.QUARTERLY, 4);

  @Test
  void aFiscalYearFromAprilIsNamedByTheTwoYearsItSpans() {
    assertThat(aprilYears.periodOf(LocalDate.of(2027, 3, 31))).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(aprilYears.periodOf(LocalDate.of(2027, 4, 1))).isEqualTo(LocalDate.of(2027, 4, 1));
    assertThat(aprilYears.name(LocalDate.of(2026, 4, 1))).isEqualTo("FY2026/27");
    assertThat(aprilYears.end(LocalDate.of(2026, 4, 1))).isEqualTo(LocalDate.of(2027, 3, 31));
    assertThat(aprilYears.parse("fy2026/27")).contains(LocalDate.of(2026, 4, 1));
    assertThat(aprilYears.parse("FY2099/00")).contains(LocalDate.of(2099, 4, 1));
    assertThat(aprilYears.parse("FY2026/28")).isEmpty();
    assertThat(aprilYears.parse("2026")).as("a calendar year is not one of these periods").isEmpty();
    assertThat(aprilYears.example()).isEqualTo("FY2027/28");
  }

  @Test
  void itsQuartersAreCountedFromItsFirstMonthAcrossTheCalendarYear() {
    assertThat(aprilQuarters.periodOf(LocalDate.of(2027, 2, 14))).isEqualTo(LocalDate.of(2027, 1, 1));
    assertThat(aprilQuarters.name(LocalDate.of(2027, 1, 1))).isEqualTo("FY2026/27-Q4");
    assertThat(aprilQuarters.name(LocalDate.of(2026, 4, 1))).isEqualTo("FY2026/27-Q1");
    assertThat(aprilQuarters.parse("FY2026/27-Q3")).contains(LocalDate.of(2026, 10, 1));
    assertThat(aprilQuarters.end(LocalDate.of(2026, 10, 1))).isEqualTo(LocalDate.of(2026, 12, 31));
    Periods octoberQuarters = new Periods(Periodicity.QUARTERLY, 10);
    assertThat(octoberQuarters.name(octoberQuarters.periodOf(LocalDate.of(2027, 9, 30)))).isEqualTo("FY2026/27-Q4");
    assertThat(octoberQuarters.parse("FY2026/27-Q1")).contains(LocalDate.of(2026, 10, 1));
  }

  @Test
  void monthsAndCalendarYearsAreWrittenAsEver() {
    Periods aprilMonths = new Periods(Periodicity.MONTHLY, 4);
    assertThat(aprilMonths.name(LocalDate.of(2027, 4, 1))).isEqualTo("2027-04");
    assertThat(aprilMonths.parse("2027-03")).contains(LocalDate.of(2027, 3, 1));
    Periods calendar = Periods.calendar(Periodicity.QUARTERLY);
    assertThat(calendar.name(LocalDate.of(2027, 4, 1))).isEqualTo("2027-Q2");
    assertThat(calendar.parse("2027-Q2")).contains(LocalDate.of(2027, 4, 1));
    assertThat(calendar.periodOf(LocalDate.of(2027, 5, 9))).isEqualTo(LocalDate.of(2027, 4, 1));
  }
}
