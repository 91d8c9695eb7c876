package org.missionhub.plugin.survey.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.missionhub.plugin.survey.grouping.Breakdown;

/**
 * Groups with fewer respondents than the minimum are not shown on their own: they are pooled into one
 * "other" row. The pool is known anyway (the total minus the groups shown), so when it is itself too small
 * the smallest shown group joins it, until it is large enough. A breakdown left with fewer than two rows
 * says nothing the overall result does not, and is not offered.
 */
final class Pooling {

  static final String OTHER = "_other";

  private Pooling() {}

  /** The pooled breakdown, or null when it is not offered. */
  static Breakdown pool(Breakdown raw, int minimum) {
    int columns = raw.counts().length == 0 ? 0 : raw.counts()[0].length;
    List<Integer> shown = new ArrayList<>(IntStream.range(0, raw.rows().size()).filter(r -> raw.respondents()[r] >= minimum).boxed().toList());
    List<Integer> pooled = new ArrayList<>(IntStream.range(0, raw.rows().size()).filter(r -> raw.respondents()[r] > 0 && raw.respondents()[r] < minimum).boxed().toList());
    while (!pooled.isEmpty() && size(raw, pooled) < minimum && !shown.isEmpty()) {
      Integer smallest = shown.stream().min(Comparator.comparingLong((Integer r) -> raw.respondents()[r]).thenComparing(r -> -r)).orElseThrow();
      shown.remove(smallest);
      pooled.add(smallest);
    }
    int rows = shown.size() + (pooled.isEmpty() ? 0 : 1);
    if (rows < 2 || (!pooled.isEmpty() && size(raw, pooled) < minimum)) {
      return null;
    }
    List<String> labels = new ArrayList<>();
    long[] respondents = new long[rows];
    long[][] counts = new long[rows][columns];
    for (int i = 0; i < shown.size(); i++) {
      int r = shown.get(i);
      labels.add(raw.rows().get(r));
      respondents[i] = raw.respondents()[r];
      counts[i] = raw.counts()[r].clone();
    }
    if (!pooled.isEmpty()) {
      labels.add(OTHER);
      for (int r : pooled) {
        respondents[rows - 1] += raw.respondents()[r];
        for (int c = 0; c < columns; c++) {
          counts[rows - 1][c] += raw.counts()[r][c];
        }
      }
    }
    return new Breakdown(raw.name(), labels, respondents, counts);
  }

  private static long size(Breakdown raw, List<Integer> rows) {
    return rows.stream().mapToLong(r -> raw.respondents()[r]).sum();
  }
}
