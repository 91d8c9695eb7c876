package org.missionhub.plugin.evaluation.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Where an indicator stands, by rules people can check by hand (docs/evaluation.md):
 *
 * <ul>
 *   <li>Only totals count, and not disputed ones; a period with two totals counts the last reported.
 *   <li>The current value is the latest period's (LATEST), the sum of the periods' (SUM, cumulative) or
 *       their mean (MEAN), as of the latest period reported.
 *   <li>Percent: the share of the way from the baseline to the final target, {@code (current - baseline) /
 *       (target - baseline) x 100}, one decimal; the same formula for a decreasing indicator (both
 *       differences are negative). None without a baseline, for a range, or when baseline = target.
 *   <li>The target path is the straight line from the baseline (its date) through each target (the end of its
 *       period); before the first point it is the first value, after the last the last. On track: at the end
 *       of the latest period reported, the current value is at or above the path (increase), at or below
 *       (decrease), or within the range of the latest target that has begun (range).
 * </ul>
 *
 * Exact decimals throughout (no floating point): the interpolation divides in 34 significant digits.
 */
public record Progress(BigDecimal current, LocalDate asOf, BigDecimal expected, BigDecimal percent, Track track) {

  private static final MathContext EXACT = MathContext.DECIMAL128;

  public static Progress of(Indicator indicator, List<Actual> actuals) {
    TreeMap<LocalDate, BigDecimal> totals = totals(indicator, actuals);
    if (totals.isEmpty()) {
      return new Progress(null, null, null, null, Track.NO_DATA);
    }
    LocalDate latest = totals.lastKey();
    BigDecimal current = current(indicator.calculation(), totals);
    LocalDate asOf = indicator.periods().end(latest);
    if (indicator.targets().isEmpty()) {
      return new Progress(current, asOf, null, null, Track.NO_TARGET);
    }
    if (indicator.direction() == Direction.RANGE) {
      Target range = indicator.targets().stream().filter(t -> !t.period().isAfter(latest)).reduce((a, b) -> b).orElse(indicator.targets().get(0));
      return new Progress(current, asOf, null, null, range.contains(current) ? Track.ON_TRACK : Track.OFF_TRACK);
    }
    BigDecimal expected = expected(indicator, asOf);
    boolean onTrack = indicator.direction() == Direction.INCREASE ? current.compareTo(expected) >= 0 : current.compareTo(expected) <= 0;
    return new Progress(current, asOf, expected.setScale(Math.max(2, current.scale()), RoundingMode.HALF_UP).stripTrailingZeros(), percent(indicator, current), onTrack ? Track.ON_TRACK : Track.OFF_TRACK);
  }

  /** The target path's value on a day: the straight line between the baseline and the targets. */
  public static BigDecimal expected(Indicator indicator, LocalDate day) {
    List<Map.Entry<LocalDate, BigDecimal>> points = path(indicator);
    if (!day.isAfter(points.get(0).getKey())) {
      return points.get(0).getValue();
    }
    for (int i = 1; i < points.size(); i++) {
      Map.Entry<LocalDate, BigDecimal> from = points.get(i - 1);
      Map.Entry<LocalDate, BigDecimal> to = points.get(i);
      if (!day.isAfter(to.getKey())) {
        BigDecimal span = BigDecimal.valueOf(ChronoUnit.DAYS.between(from.getKey(), to.getKey()));
        BigDecimal gone = BigDecimal.valueOf(ChronoUnit.DAYS.between(from.getKey(), day));
        return from.getValue().add(to.getValue().subtract(from.getValue()).multiply(gone).divide(span, EXACT));
      }
    }
    return points.get(points.size() - 1).getValue();
  }

  /** The points of the target path: the baseline, then each target at the end of its period. */
  public static List<Map.Entry<LocalDate, BigDecimal>> path(Indicator indicator) {
    List<Map.Entry<LocalDate, BigDecimal>> points = new ArrayList<>();
    if (indicator.hasBaseline()) {
      points.add(Map.entry(indicator.baselineDate(), indicator.baselineValue()));
    }
    for (Target target : indicator.targets()) {
      LocalDate end = indicator.periods().end(target.period());
      if (points.isEmpty() || end.isAfter(points.get(points.size() - 1).getKey())) {
        points.add(Map.entry(end, target.value()));
      }
    }
    return points;
  }

  private static BigDecimal percent(Indicator indicator, BigDecimal current) {
    Optional<Target> target = indicator.finalTarget();
    if (!indicator.hasBaseline() || target.isEmpty()) {
      return null;
    }
    BigDecimal distance = target.get().value().subtract(indicator.baselineValue());
    if (distance.signum() == 0) {
      return null;
    }
    return current.subtract(indicator.baselineValue()).multiply(BigDecimal.valueOf(100)).divide(distance, EXACT).setScale(1, RoundingMode.HALF_UP);
  }

  /** The counted totals by period start: not disputed, the last reported for a period (rule 1). */
  public static TreeMap<LocalDate, BigDecimal> totals(Indicator indicator, List<Actual> actuals) {
    TreeMap<LocalDate, BigDecimal> totals = new TreeMap<>();
    actuals.stream()
        .filter(a -> a.indicatorId().equals(indicator.id()))
        .filter(Actual::counts)
        .sorted(Comparator.comparing(Actual::reportedAt).thenComparing(Actual::id))
        .forEach(a -> totals.put(a.period(), a.value()));
    return totals;
  }

  private static BigDecimal current(Calculation calculation, TreeMap<LocalDate, BigDecimal> totals) {
    return switch (calculation) {
      case LATEST -> totals.lastEntry().getValue();
      case SUM -> totals.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      case MEAN -> totals.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(totals.size()), EXACT).stripTrailingZeros();
    };
  }
}
