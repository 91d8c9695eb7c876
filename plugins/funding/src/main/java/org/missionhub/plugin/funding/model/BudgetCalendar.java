package org.missionhub.plugin.funding.model;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;
import java.util.Optional;

/**
 * A funder's budget cycle: the month its fiscal year starts in; the budget-preparation window in which
 * requests for the coming fiscal year are accepted (it may open on a day, it closes on {@code closes}); the
 * day the budget is approved; and how many fiscal years one appropriation covers (1: single-year; 4: a
 * four-year framework). The round that prepares a fiscal year is the last one before it starts.
 *
 * @param opens the day requests start to be accepted, or null when only the closing day is known
 * @param approval the day the budget is approved (a Finance Act, a board meeting), or null
 */
public record BudgetCalendar(int fiscalYearStart, MonthDay opens, MonthDay closes, MonthDay approval, int yearsCovered) {

  public BudgetCalendar {
    if (fiscalYearStart < 1 || fiscalYearStart > 12) {
      throw new IllegalArgumentException("a fiscal year starts in a month from 1 to 12");
    }
    Objects.requireNonNull(closes, "closes");
    if (yearsCovered < 1 || yearsCovered > 10) {
      throw new IllegalArgumentException("an appropriation covers 1 to 10 fiscal years");
    }
  }

  /** The first day of the fiscal year that holds {@code day}. */
  public LocalDate fiscalYearOf(LocalDate day) {
    LocalDate start = LocalDate.of(day.getYear(), fiscalYearStart, 1);
    return start.isAfter(day) ? start.minusYears(1) : start;
  }

  /** The fiscal year's name, as the evaluation plugin names periods: {@code FY2027} or {@code FY2027/28}. */
  public String name(LocalDate fiscalYear) {
    return fiscalYearStart == 1 ? "FY" + fiscalYear.getYear() : "FY" + fiscalYear.getYear() + "/" + String.format("%02d", (fiscalYear.getYear() + 1) % 100);
  }

  /**
   * The last day requests are accepted for money in the fiscal year starting on {@code fiscalYear}: the
   * closing day of the last round before it. With appropriations over several years, the rounds of the years
   * before prepared it too, but this one is the last chance.
   */
  public LocalDate closesFor(LocalDate fiscalYear) {
    return before(closes, fiscalYear);
  }

  /** The day the round for that fiscal year opens, if the calendar says. */
  public Optional<LocalDate> opensFor(LocalDate fiscalYear) {
    if (opens == null) {
      return Optional.empty();
    }
    LocalDate closing = closesFor(fiscalYear);
    return Optional.of(before(opens, closing.plusDays(1)));
  }

  /** The day that fiscal year's budget is approved, if the calendar says: the last such day before it starts. */
  public Optional<LocalDate> approvalFor(LocalDate fiscalYear) {
    return Optional.ofNullable(approval).map(a -> before(a, fiscalYear));
  }

  /** The first round whose appropriation reaches that fiscal year: {@code yearsCovered - 1} rounds earlier. */
  public LocalDate firstChanceFor(LocalDate fiscalYear) {
    return closesFor(fiscalYear.minusYears(yearsCovered - 1L));
  }

  /** The last day {@code monthDay} falls on strictly before {@code day} (29 February becomes the 28th in other years). */
  private static LocalDate before(MonthDay monthDay, LocalDate day) {
    LocalDate candidate = monthDay.atYear(day.getYear());
    return candidate.isBefore(day) ? candidate : monthDay.atYear(day.getYear() - 1);
  }
}
