package org.missionhub.plugin.survey.results;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Which withheld cells a reader pins down knowing what {@link LinearAudit} does not use: counts are whole numbers,
 * not negative, and no more than their row's respondents. For each cell it looks for a whole solution of every
 * published equation in which that cell differs from its true count (below it, then above it); a cell without one
 * is pinned. Each solution found frees every cell it changes, so few searches are needed. The search narrows each
 * cell's range from every equation until nothing changes, then tries the values of the narrowest open cell; past
 * its budget a search counts as having found nothing (the cell is treated as pinned: more is withheld, never less).
 * Hand-written: a small bounded integer search over a report's own equations; no solver library is needed for it.
 */
final class IntegerAudit {

  private static final int BUDGET = 20_000;

  private final long[] truth;
  private final long[] upper;
  private final List<int[]> variables = new ArrayList<>();
  private final List<long[]> coefficients = new ArrayList<>();
  private final List<Long> sums = new ArrayList<>();
  private int steps;

  /**
   * The withheld cells of a system of published equations that whole counts pin down: the shared entry of
   * {@link SuppressionSystem} and {@link JointSystem}. Each equation's coefficients are made whole as
   * {@link LinearAudit} makes them; a cell twice in one equation adds up.
   */
  static List<Integer> pinned(BitSet withheld, List<SuppressionSystem.Equation> equations, java.util.function.IntToLongFunction count,
      java.util.function.IntToLongFunction upper) {
    java.util.Map<Integer, Integer> index = new java.util.HashMap<>();
    List<Integer> unknowns = new ArrayList<>();
    for (int cell = withheld.nextSetBit(0); cell >= 0; cell = withheld.nextSetBit(cell + 1)) {
      index.put(cell, unknowns.size());
      unknowns.add(cell);
    }
    IntegerAudit audit = new IntegerAudit(unknowns.stream().mapToLong(count::applyAsLong).toArray(), unknowns.stream().mapToLong(upper::applyAsLong).toArray());
    for (SuppressionSystem.Equation e : equations) {
      java.math.BigInteger[] whole = LinearAudit.integers(e.coefficients(), e.coefficients().length);
      java.util.Map<Integer, Long> terms = new java.util.LinkedHashMap<>();
      for (int i = 0; i < e.cells().length; i++) {
        if (withheld.get(e.cells()[i]) && whole[i].signum() != 0) {
          terms.merge(index.get(e.cells()[i]), whole[i].longValueExact(), Long::sum);
        }
      }
      if (!terms.isEmpty()) {
        audit.equation(terms.keySet().stream().mapToInt(Integer::intValue).toArray(), terms.values().stream().mapToLong(Long::longValue).toArray());
      }
    }
    return audit.pinned().stream().mapToObj(unknowns::get).toList();
  }

  /** @param truth each unknown's true count; @param upper each unknown's largest possible count (its row's respondents) */
  IntegerAudit(long[] truth, long[] upper) {
    this.truth = truth.clone();
    this.upper = upper.clone();
  }

  /** A published equation over unknowns, with whole coefficients; its sum is the truth's. */
  void equation(int[] unknowns, long[] whole) {
    long sum = 0;
    for (int i = 0; i < unknowns.length; i++) {
      sum = Math.addExact(sum, Math.multiplyExact(whole[i], truth[unknowns[i]]));
    }
    variables.add(unknowns.clone());
    coefficients.add(whole.clone());
    sums.add(sum);
  }

  /** The unknowns that no whole solution moves. */
  BitSet pinned() {
    BitSet free = new BitSet(truth.length);
    BitSet pinned = new BitSet(truth.length);
    for (int target = 0; target < truth.length; target++) {
      if (free.get(target)) {
        continue;
      }
      long[] solution = other(target, true);
      if (solution == null) {
        solution = other(target, false);
      }
      if (solution == null) {
        pinned.set(target);
      } else {
        for (int i = 0; i < truth.length; i++) {
          if (solution[i] != truth[i]) {
            free.set(i);
          }
        }
      }
    }
    return pinned;
  }

  /** A whole solution with the target below (or above) its true count, or null. */
  private long[] other(int target, boolean below) {
    long[] low = new long[truth.length];
    long[] high = upper.clone();
    if (below) {
      high[target] = truth[target] - 1;
    } else {
      low[target] = truth[target] + 1;
    }
    steps = 0;
    return search(low, high);
  }

  private long[] search(long[] low, long[] high) {
    if (++steps > BUDGET || !narrow(low, high)) {
      return null;
    }
    int open = -1;
    for (int i = 0; i < low.length; i++) {
      if (low[i] < high[i] && (open < 0 || high[i] - low[i] < high[open] - low[open])) {
        open = i;
      }
    }
    if (open < 0) {
      return low;
    }
    // the true count first, then outward: a different solution is usually near the published one
    long start = Math.max(low[open], Math.min(high[open], truth[open]));
    for (long distance = 0; start - distance >= low[open] || start + distance <= high[open]; distance++) {
      for (long value : distance == 0 ? new long[] {start} : new long[] {start - distance, start + distance}) {
        if (value < low[open] || value > high[open]) {
          continue;
        }
        long[] l = low.clone();
        long[] h = high.clone();
        l[open] = value;
        h[open] = value;
        long[] found = search(l, h);
        if (found != null) {
          return found;
        }
        if (steps > BUDGET) {
          return null;
        }
      }
    }
    return null;
  }

  /** Narrows every range from every equation until nothing changes; false if some equation cannot hold. */
  private boolean narrow(long[] low, long[] high) {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int e = 0; e < variables.size(); e++) {
        int[] v = variables.get(e);
        long[] a = coefficients.get(e);
        long least = 0;
        long most = 0;
        for (int i = 0; i < v.length; i++) {
          least += a[i] > 0 ? a[i] * low[v[i]] : a[i] * high[v[i]];
          most += a[i] > 0 ? a[i] * high[v[i]] : a[i] * low[v[i]];
        }
        long sum = sums.get(e);
        if (sum < least || sum > most) {
          return false;
        }
        for (int i = 0; i < v.length; i++) {
          long own = a[i] > 0 ? a[i] * low[v[i]] : a[i] * high[v[i]];
          long ownMost = a[i] > 0 ? a[i] * high[v[i]] : a[i] * low[v[i]];
          long restLeast = least - own;
          long restMost = most - ownMost;
          // a[i] * x lies in [sum - restMost, sum - restLeast]
          long from = sum - restMost;
          long to = sum - restLeast;
          long newLow = a[i] > 0 ? ceilDiv(from, a[i]) : ceilDiv(to, a[i]);
          long newHigh = a[i] > 0 ? Math.floorDiv(to, a[i]) : Math.floorDiv(from, a[i]);
          if (newLow > low[v[i]]) {
            low[v[i]] = newLow;
            changed = true;
          }
          if (newHigh < high[v[i]]) {
            high[v[i]] = newHigh;
            changed = true;
          }
          if (low[v[i]] > high[v[i]]) {
            return false;
          }
        }
        if (changed) {
          break;
        }
      }
    }
    return true;
  }

  private static long ceilDiv(long x, long y) {
    return -Math.floorDiv(-x, y);
  }
}
