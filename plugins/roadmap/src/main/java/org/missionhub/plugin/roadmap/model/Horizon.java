package org.missionhub.plugin.roadmap.model;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * How far an initiative reaches: short (under two years from start to end), medium (two to five years) or
 * long (over five). Derived from the dates; a manager may set it otherwise, with a reason (a one-year pilot
 * that opens a ten-year programme).
 */
public enum Horizon {
  SHORT,
  MEDIUM,
  LONG;

  /** The horizon of an initiative running from {@code start} to {@code end}, if both are known. */
  public static Optional<Horizon> of(LocalDate start, LocalDate end) {
    if (start == null || end == null || end.isBefore(start)) {
      return Optional.empty();
    }
    Period span = Period.between(start, end);
    if (span.getYears() < 2) {
      return Optional.of(SHORT);
    }
    if (span.getYears() < 5 || (span.getYears() == 5 && span.getMonths() == 0 && span.getDays() == 0)) {
      return Optional.of(MEDIUM);
    }
    return Optional.of(LONG);
  }
}
