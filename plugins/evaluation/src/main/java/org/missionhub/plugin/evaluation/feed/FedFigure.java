package org.missionhub.plugin.evaluation.feed;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One figure a source gave: the day it was measured (its period's), the value (empty when withheld), what
 * to write as the value's source, and who "reported" it ({@code survey:<id>}, shown by name).
 */
public record FedFigure(LocalDate measuredOn, Optional<BigDecimal> value, String source, String origin, String originName) {

  public FedFigure {
    Objects.requireNonNull(measuredOn, "measuredOn");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(originName, "originName");
  }
}
