package org.missionhub.plugin.evaluation.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** A mission's indicators with every value reported for them, read together; values grouped once by indicator. */
public final class Board {

  private final List<Indicator> indicators;
  private final List<Actual> actuals;
  private final Map<String, List<Actual>> byIndicator;

  public Board(List<Indicator> indicators, List<Actual> actuals) {
    this.indicators = List.copyOf(indicators);
    this.actuals = List.copyOf(actuals);
    this.byIndicator = this.actuals.stream().collect(Collectors.groupingBy(Actual::indicatorId));
  }

  public List<Indicator> indicators() {
    return indicators;
  }

  public List<Actual> actuals() {
    return actuals;
  }

  public Optional<Indicator> indicator(String id) {
    return indicators.stream().filter(i -> i.id().equals(id)).findFirst();
  }

  public Optional<Actual> actual(String id) {
    return actuals.stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /** The indicator's values, by period then group, as reported. */
  public List<Actual> actualsOf(String indicatorId) {
    return byIndicator.getOrDefault(indicatorId, List.of());
  }

  public Progress progress(Indicator indicator) {
    return Progress.of(indicator, actualsOf(indicator.id()));
  }
}
