package org.missionhub.plugin.evaluation.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Progress rolled up the theory of change, by rules people can check by hand (docs/evaluation.md):
 *
 * <ul>
 *   <li>A step's percent is the mean, with equal weights, of the percents of its own indicators (each held
 *       between 0 and 100) and of the percents of the steps that lead to it. Indicators and steps without a
 *       percent (no data, no target, a range) do not count; a step with nothing that counts has none.
 *   <li>The mission target's percent is the same mean over the steps that lead to it.
 *   <li>On track / off track counts every indicator at or beneath a step (its own, and those of every step
 *       leading to it, however far down), each once, ranges included.
 * </ul>
 *
 * One pass over steps and links (each step computed once), so it grows with the theory, not with its paths.
 */
public final class RollUp {

  /** Where a step (or the target) stands: the percent if any, and its indicators on and off track. */
  public record Standing(BigDecimal percent, int onTrack, int offTrack, int indicators) {}

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final TheoryOfChange theory;
  private final Map<String, List<String>> indicatorsOf = new HashMap<>();
  private final Map<String, Progress> progress;
  private final Map<String, Integer> index = new HashMap<>();
  private final Map<String, Optional<BigDecimal>> percents = new HashMap<>();
  private final Map<String, BitSet> beneath = new HashMap<>();
  private final Set<String> visiting = new HashSet<>();

  /**
   * @param indicatorNodes each linked indicator's step (indicator id to step id)
   * @param progress each indicator's progress by id
   */
  public RollUp(TheoryOfChange theory, Map<String, String> indicatorNodes, Map<String, Progress> progress) {
    this.theory = theory;
    this.progress = progress;
    indicatorNodes.forEach((indicator, node) -> {
      indicatorsOf.computeIfAbsent(node, k -> new ArrayList<>()).add(indicator);
      index.putIfAbsent(indicator, index.size());
    });
  }

  public Standing of(String nodeId) {
    return standing(percent(nodeId), beneath(nodeId));
  }

  public Standing target() {
    List<BigDecimal> counted = new ArrayList<>();
    BitSet all = new BitSet();
    for (ChangeLink link : theory.into(null)) {
      percent(link.from()).ifPresent(counted::add);
      all.or(beneath(link.from()));
    }
    return standing(mean(counted), all);
  }

  private Optional<BigDecimal> percent(String nodeId) {
    Optional<BigDecimal> known = percents.get(nodeId);
    if (known != null) {
      return known;
    }
    if (!visiting.add(nodeId)) {
      return Optional.empty(); // a cycle the store should never hold: count the step once
    }
    List<BigDecimal> counted = new ArrayList<>();
    for (String indicator : indicatorsOf.getOrDefault(nodeId, List.of())) {
      Progress p = progress.get(indicator);
      if (p != null && p.percent() != null) {
        counted.add(p.percent().max(BigDecimal.ZERO).min(HUNDRED));
      }
    }
    for (ChangeLink link : theory.into(nodeId)) {
      percent(link.from()).ifPresent(counted::add);
    }
    Optional<BigDecimal> result = mean(counted);
    percents.put(nodeId, result);
    visiting.remove(nodeId);
    return result;
  }

  private BitSet beneath(String nodeId) {
    BitSet known = beneath.get(nodeId);
    if (known != null) {
      return known;
    }
    BitSet set = new BitSet();
    beneath.put(nodeId, set); // before descending: a cycle meets an empty set instead of looping
    indicatorsOf.getOrDefault(nodeId, List.of()).forEach(i -> set.set(index.get(i)));
    for (ChangeLink link : theory.into(nodeId)) {
      set.or(beneath(link.from()));
    }
    return set;
  }

  private Standing standing(Optional<BigDecimal> percent, BitSet indicators) {
    int on = 0;
    int off = 0;
    for (Map.Entry<String, Integer> entry : index.entrySet()) {
      if (indicators.get(entry.getValue())) {
        Progress p = progress.get(entry.getKey());
        Track track = p == null ? Track.NO_DATA : p.track();
        on += track == Track.ON_TRACK ? 1 : 0;
        off += track == Track.OFF_TRACK ? 1 : 0;
      }
    }
    return new Standing(percent.orElse(null), on, off, indicators.cardinality());
  }

  private static Optional<BigDecimal> mean(List<BigDecimal> values) {
    if (values.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    return Optional.of(sum.divide(BigDecimal.valueOf(values.size()), 1, RoundingMode.HALF_UP));
  }
}
