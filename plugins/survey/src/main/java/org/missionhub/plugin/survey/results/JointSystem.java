package org.missionhub.plugin.survey.results;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * What is already published (reports, fixed: nothing in them changes) and a new table to publish next to
 * it, as one system of linear equations over all their cells, numbered one part after the other, with the
 * equations that join the parts. {@link #protect} withholds cells of the new table only: first its counts
 * of 1 to minimum-1, then, while such a count or a cell a published report withheld can be worked out from
 * everything published ({@link LinearAudit}), or pinned by whole counts within their rows ({@link IntegerAudit}), the
 * smallest published new cell sharing an equation with it.
 */
final class JointSystem {

  private final List<long[]> counts = new ArrayList<>();
  /** Each cell's largest possible count (its row's respondents; for new cells, as the caller says). */
  private final List<long[]> uppers = new ArrayList<>();
  private final BitSet withheld = new BitSet();
  /** Withheld by what is already published: must stay unknown. */
  private final BitSet reported = new BitSet();
  /** Cells that may be withheld now. */
  private final BitSet open = new BitSet();
  private final List<SuppressionSystem.Equation> equations = new ArrayList<>();
  private int size;

  /** Adds a system; its withheld cells are kept; {@code fixed} cells are published already (their withheld ones must stay unknown). Returns its offset. */
  int add(SuppressionSystem system, IntPredicate fixed) {
    int offset = size;
    long[] values = new long[system.cells()];
    for (int cell = 0; cell < system.cells(); cell++) {
      values[cell] = system.count(cell);
      if (system.isWithheld(cell)) {
        withheld.set(offset + cell);
        if (fixed.test(cell)) {
          reported.set(offset + cell);
        }
      }
      if (!fixed.test(cell)) {
        open.set(offset + cell);
      }
    }
    for (SuppressionSystem.Equation e : system.equations()) {
      equations.add(new SuppressionSystem.Equation(IntStream.of(e.cells()).map(c -> c + offset).toArray(), e.coefficients(), e.isColumn()));
    }
    counts.add(values);
    uppers.add(IntStream.range(0, system.cells()).mapToLong(system::upper).toArray());
    size += values.length;
    return offset;
  }

  /** Adds new cells with these counts (in no equation yet; {@code absent} ones are not part of the table). Returns their offset. */
  int addCells(long[] values, IntPredicate absent, long upper) {
    int offset = size;
    for (int cell = 0; cell < values.length; cell++) {
      if (!absent.test(cell)) {
        open.set(offset + cell);
      }
    }
    counts.add(values.clone());
    long[] most = new long[values.length];
    java.util.Arrays.fill(most, upper);
    uppers.add(most);
    size += values.length;
    return offset;
  }

  /** A published equation joining cells of the parts: the sum of coefficient × cell is known. */
  void equation(int[] cells, double[] coefficients) {
    equations.add(new SuppressionSystem.Equation(cells, coefficients, false));
  }

  boolean isWithheld(int cell) {
    return withheld.get(cell);
  }

  /** Withholds what must be; false when nothing the new table may withhold protects what is exposed (do not publish it). */
  boolean protect(int minimum) {
    for (int cell = open.nextSetBit(0); cell >= 0; cell = open.nextSetBit(cell + 1)) {
      long n = count(cell);
      if (n > 0 && n < minimum) {
        withheld.set(cell);
      }
    }
    while (true) {
      IntPredicate mustStayUnknown = c -> reported.get(c) || (count(c) > 0 && count(c) < minimum);
      Optional<Integer> exposed = derivable().stream().filter(mustStayUnknown::test).findFirst();
      if (exposed.isEmpty()) {
        // then what whole, not negative counts within their rows give away (IntegerAudit)
        exposed = pinnedByWholeCounts().stream().filter(mustStayUnknown::test).findFirst();
      }
      if (exposed.isEmpty()) {
        return true;
      }
      Optional<Integer> complement = complement(exposed.get());
      if (complement.isEmpty()) {
        return false;
      }
      withheld.set(complement.get());
    }
  }

  long count(int cell) {
    return part(counts, cell);
  }

  private long upper(int cell) {
    return part(uppers, cell);
  }

  private static long part(List<long[]> parts, int cell) {
    int part = 0;
    int local = cell;
    while (local >= parts.get(part).length) {
      local -= parts.get(part).length;
      part++;
    }
    return parts.get(part)[local];
  }

  private List<Integer> derivable() {
    int[] index = new int[size];
    List<Integer> unknowns = new ArrayList<>();
    for (int cell = withheld.nextSetBit(0); cell >= 0; cell = withheld.nextSetBit(cell + 1)) {
      index[cell] = unknowns.size();
      unknowns.add(cell);
    }
    List<double[]> rows = new ArrayList<>();
    for (SuppressionSystem.Equation e : equations) {
      double[] row = null;
      for (int i = 0; i < e.cells().length; i++) {
        if (withheld.get(e.cells()[i])) {
          row = row == null ? new double[unknowns.size()] : row;
          row[index[e.cells()[i]]] += e.coefficients()[i];
        }
      }
      if (row != null) {
        rows.add(row);
      }
    }
    return LinearAudit.determined(unknowns.size(), rows).stream().mapToObj(unknowns::get).toList();
  }

  /** The withheld cells that whole, not negative counts within their rows pin down, though the equations leave them free. */
  private List<Integer> pinnedByWholeCounts() {
    return IntegerAudit.pinned(withheld, equations, this::count, this::upper);
  }

  /** The smallest published open cell in an equation with the exposed one (else any), zeros last. */
  private Optional<Integer> complement(int exposed) {
    IntPredicate candidate = c -> open.get(c) && !withheld.get(c);
    Comparator<Integer> smallest = Comparator.comparing((Integer c) -> count(c) == 0).thenComparingLong(this::count).thenComparingInt(c -> c);
    Optional<Integer> near = equations.stream()
        .filter(e -> IntStream.of(e.cells()).anyMatch(c -> c == exposed))
        .flatMapToInt(e -> IntStream.of(e.cells()))
        .filter(candidate)
        .boxed()
        .min(smallest);
    return near.isPresent() ? near : IntStream.range(0, size).filter(candidate).boxed().min(smallest);
  }
}
