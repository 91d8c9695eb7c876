package org.missionhub.plugin.evaluation.model;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How often an indicator is reported. A period is named by the day it starts and written as people write
 * it: {@code 2027} (a year), {@code 2027-Q2} (a quarter), {@code 2027-03} (a month).
 */
public enum Periodicity {
  MONTHLY(1),
  QUARTERLY(3),
  YEARLY(12);

  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");

  private final int months;

  Periodicity(int months) {
    this.months = months;
  }

  /** The period's first day, from its name; empty if the name is not a period of this periodicity. */
  public Optional<LocalDate> parse(String name) {
    String text = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
    Matcher m = switch (this) {
      case YEARLY -> YEAR.matcher(text);
      case QUARTERLY -> QUARTER.matcher(text);
      case MONTHLY -> MONTH.matcher(text);
    };
    if (!m.matches()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(1));
    if (year < 1900 || year > 2200) {
      return Optional.empty();
    }
    return Optional.of(switch (this) {
      case YEARLY -> LocalDate.of(year, 1, 1);
      case QUARTERLY -> LocalDate.of(year, (Integer.parseInt(m.group(2)) - 1) * 3 + 1, 1);
      case MONTHLY -> LocalDate.of(year, Integer.parseInt(m.group(2)), 1);
    });
  }

  /** The name of the period starting on {@code start}. */
  public String name(LocalDate start) {
    return switch (this) {
      case YEARLY -> Integer.toString(start.getYear());
      case QUARTERLY -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
      case MONTHLY -> String.format(Locale.ROOT, "%d-%02d", start.getYear(), start.getMonthValue());
    };
  }

  /** The period's last day. */
  public LocalDate end(LocalDate start) {
    return start.plusMonths(months).minusDays(1);
  }

  /** The start of the period holding {@code day}. */
  public LocalDate periodOf(LocalDate day) {
    int month = (day.getMonthValue() - 1) / months * months + 1;
    return LocalDate.of(day.getYear(), month, 1);
  }

  /** What a person types, for messages: {@code 2027}, {@code 2027-Q2} or {@code 2027-03}. */
  public String example() {
    return switch (this) {
      case YEARLY -> "2027";
      case QUARTERLY -> "2027-Q2";
      case MONTHLY -> "2027-03";
    };
  }
}
