package org.missionhub.plugin.evaluation.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What an indicator should reach by the end of a period: a value (increase, decrease), or for a range
 * indicator the lower bound {@code value} and the {@code upper} one.
 */
public record Target(LocalDate period, BigDecimal value, BigDecimal upper) {

  public Target {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(value, "value");
    if (upper != null && upper.compareTo(value) < 0) {
      throw new IllegalArgumentException("a range's upper bound is at least its lower bound");
    }
  }

  public boolean contains(BigDecimal v) {
    return v.compareTo(value) >= 0 && (upper == null || v.compareTo(upper) <= 0);
  }
}
