package org.missionhub.plugin.evaluation.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One result of a mission: a step of its theory of change (or none, for indicators measuring no step) and the
 * indicators measuring it.
 *
 * @param level what the step is
 * @param title the step's title; null for {@link Level#OTHER}
 */
public record ResultFacts(Level level, String title, List<IndicatorFacts> indicators) {

  /** The kind of result, as IATI's ResultType codelist has them (output 1, outcome 2, other 9). */
  public enum Level {
    OUTPUT,
    OUTCOME,
    /** Indicators that measure no step of the theory of change. */
    OTHER
  }

  public ResultFacts {
    Objects.requireNonNull(level, "level");
    indicators = List.copyOf(indicators);
    if (indicators.isEmpty()) {
      throw new IllegalArgumentException("a result has at least one indicator");
    }
  }

  /**
   * An indicator.
   *
   * @param name by language code, English first (every language it has)
   * @param definition by language code; empty when it has none
   * @param unit as written ({@code %} for a percentage); may be null
   * @param ascending true when it should increase, false when decrease, null for a range
   * @param baselineValue null with {@code baselineDate} when it has no baseline
   */
  public record IndicatorFacts(
      String code, Map<String, String> name, Map<String, String> definition, String unit, Boolean ascending, BigDecimal baselineValue, LocalDate baselineDate,
      List<PeriodFacts> periods) {

    public IndicatorFacts {
      Objects.requireNonNull(code, "code");
      if (name == null || !name.containsKey("en")) {
        throw new IllegalArgumentException("an indicator's name has its English text");
      }
      name = Map.copyOf(name);
      definition = definition == null ? Map.of() : Map.copyOf(definition);
      periods = List.copyOf(periods);
    }

    public boolean isPercentage() {
      return unit != null && unit.strip().equals("%");
    }
  }

  /**
   * One period with a target or a reported total (or both).
   *
   * @param target the target (a range's lower bound); null without one
   * @param targetUpper a range's upper bound; null otherwise
   * @param actual the total reported and not disputed; null without one
   */
  public record PeriodFacts(LocalDate start, LocalDate end, BigDecimal target, BigDecimal targetUpper, BigDecimal actual) {

    public PeriodFacts {
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
    }
  }
}
