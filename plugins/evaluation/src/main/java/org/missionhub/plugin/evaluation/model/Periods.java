package org.missionhub.plugin.evaluation.model;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An indicator's periods: its periodicity over years that start in a given month, the reporting
 * organisation's fiscal year (1, January: the calendar year, named as {@link Periodicity} names it). A
 * fiscal year starting in another month is named by the two years it spans, {@code FY2027/28} (April 2027
 * to March 2028, say), its quarters {@code FY2027/28-Q1} to {@code -Q4} counted from its first month; months
 * stay {@code 2027-04}. Periods are stored by their first day, whatever the naming.
 */
public record Periods(Periodicity periodicity, int yearStart) {

  private static final Pattern FISCAL_YEAR = Pattern.compile("FY(\\d{4})/(\\d{2})");
  private static final Pattern FISCAL_QUARTER = Pattern.compile("FY(\\d{4})/(\\d{2})-Q([1-4])");

  public Periods {
    java.util.Objects.requireNonNull(periodicity, "periodicity");
    if (yearStart < 1 || yearStart > 12) {
      throw new IllegalArgumentException("a year starts in a month from 1 to 12: " + yearStart);
    }
  }

  /** Calendar years (January). */
  public static Periods calendar(Periodicity periodicity) {
    return new Periods(periodicity, 1);
  }

  public boolean isCalendar() {
    return yearStart == 1;
  }

  /** The period's first day, from its name; empty if the name is not one of these periods. */
  public Optional<LocalDate> parse(String name) {
    if (isCalendar() || periodicity == Periodicity.MONTHLY) {
      return periodicity.parse(name);
    }
    String text = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
    Matcher m = (periodicity == Periodicity.YEARLY ? FISCAL_YEAR : FISCAL_QUARTER).matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(1));
    if (year < 1900 || year > 2200 || Integer.parseInt(m.group(2)) != (year + 1) % 100) {
      return Optional.empty();
    }
    LocalDate start = LocalDate.of(year, yearStart, 1);
    return Optional.of(periodicity == Periodicity.YEARLY ? start : start.plusMonths(3L * (Integer.parseInt(m.group(3)) - 1)));
  }

  /** The name of the period starting on {@code start}. */
  public String name(LocalDate start) {
    if (isCalendar() || periodicity == Periodicity.MONTHLY) {
      return periodicity.name(start);
    }
    LocalDate fiscal = fiscalYearOf(start);
    String year = String.format(Locale.ROOT, "FY%d/%02d", fiscal.getYear(), (fiscal.getYear() + 1) % 100);
    if (periodicity == Periodicity.YEARLY) {
      return year;
    }
    return year + "-Q" + (monthsInto(start) / 3 + 1);
  }

  /** The period's last day. */
  public LocalDate end(LocalDate start) {
    return periodicity.end(start);
  }

  /** The start of the period holding {@code day}. */
  public LocalDate periodOf(LocalDate day) {
    if (isCalendar() || periodicity == Periodicity.MONTHLY) {
      return periodicity.periodOf(day);
    }
    LocalDate fiscal = fiscalYearOf(day);
    return periodicity == Periodicity.YEARLY ? fiscal : fiscal.plusMonths(monthsInto(day) / 3 * 3L);
  }

  /** What a person types, for messages and help. */
  public String example() {
    if (isCalendar() || periodicity == Periodicity.MONTHLY) {
      return periodicity.example();
    }
    return periodicity == Periodicity.YEARLY ? "FY2027/28" : "FY2027/28-Q2";
  }

  /** The first day of the fiscal year holding {@code day}. */
  private LocalDate fiscalYearOf(LocalDate day) {
    return LocalDate.of(day.getMonthValue() >= yearStart ? day.getYear() : day.getYear() - 1, yearStart, 1);
  }

  private int monthsInto(LocalDate day) {
    return (day.getMonthValue() - yearStart + 12) % 12;
  }
}
