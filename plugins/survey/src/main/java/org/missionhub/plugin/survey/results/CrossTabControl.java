package org.missionhub.plugin.survey.results;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Makes a cross-tabulation of two closed questions safe to publish next to both questions' published
 * reports. The table has a row per category of the first question and one for "did not answer it", a
 * column per category of the second and one for "did not answer it": so, when the second question takes
 * one answer, each row adds up to the first question's published overall count, and when the first takes
 * one answer, each column to the second's (a multiple choice counts a respondent in several cells, and its
 * sums are no such equation). Those reports, as published (their pooled breakdowns, their withheld cells),
 * and the table form one system of linear equations:
 *
 * <ul>
 *   <li>a cell of 1 to k-1 respondents is withheld;
 *   <li>then, while a withheld cell of 1 to k-1, or any cell either report withheld, can be worked out
 *       from everything published ({@link LinearAudit}), the smallest published cell of the table that
 *       shares an equation with it is withheld too;
 *   <li>if no cell of the table can be withheld to protect it, the table is not offered.
 * </ul>
 *
 * The reports never change: only cells of the new table are withheld, so nothing published before is taken
 * back. The table's column and grand totals are not published.
 */
final class CrossTabControl {

  private final int minimum;

  CrossTabControl(int minimum) {
    this.minimum = minimum;
  }

  /**
   * Which cells of {@code joint} to withhold, or empty when it cannot be offered. {@code joint} has a row per
   * category of {@code rows} and a last for "no answer", a column per category of {@code columns} and a last
   * for "no answer"; its corner (answered neither) is not part of it.
   */
  Optional<boolean[][]> protect(ProtectedCounts rows, boolean singleRow, ProtectedCounts columns, boolean singleColumn, long[][] joint) {
    Joint system = new Joint(SuppressionSystem.of(rows), SuppressionSystem.of(columns), joint, singleColumn, singleRow);
    for (int cell = system.first; cell < system.size; cell++) {
      long n = system.count(cell);
      if (system.exists(cell) && n > 0 && n < minimum) {
        system.withheld.set(cell);
      }
    }
    while (true) {
      Optional<Integer> exposed = system.derivable().stream().filter(system::sensitive).findFirst();
      if (exposed.isEmpty()) {
        return Optional.of(system.flags());
      }
      Optional<Integer> complement = system.complement(exposed.get());
      if (complement.isEmpty()) {
        return Optional.empty();
      }
      system.withheld.set(complement.get());
    }
  }

  /** Ones for the table's cells, minus one for the report's total they add up to. */
  private static double[] coefficients(int ones) {
    double[] k = new double[ones + 1];
    Arrays.fill(k, 0, ones, 1);
    k[ones] = -1;
    return k;
  }

  /** The two reports' systems and the table's cells, numbered one after the other, with the equations that join them. */
  private final class Joint {
    private final SuppressionSystem a;
    private final SuppressionSystem b;
    private final long[][] joint;
    private final int width;
    private final int first;
    private final int size;
    private final BitSet withheld = new BitSet();
    private final BitSet reported = new BitSet();
    private final List<SuppressionSystem.Equation> equations = new ArrayList<>();

    /** {@code rowsAddUp}: the second question takes one answer; {@code columnsAddUp}: the first does. */
    Joint(SuppressionSystem a, SuppressionSystem b, long[][] joint, boolean rowsAddUp, boolean columnsAddUp) {
      this.a = a;
      this.b = b;
      this.joint = joint;
      this.width = joint[0].length;
      this.first = a.cells() + b.cells();
      this.size = first + joint.length * width;
      copy(a, 0);
      copy(b, a.cells());
      int categoriesA = joint.length - 1;
      int categoriesB = width - 1;
      for (int r = 0; rowsAddUp && r < categoriesA; r++) {
        int[] cells = new int[width + 1];
        for (int c = 0; c < width; c++) {
          cells[c] = cell(r, c);
        }
        cells[width] = a.cell(0, 0, r);
        equations.add(new SuppressionSystem.Equation(cells, coefficients(width), false));
      }
      for (int c = 0; columnsAddUp && c < categoriesB; c++) {
        int[] cells = new int[joint.length + 1];
        for (int r = 0; r < joint.length; r++) {
          cells[r] = cell(r, c);
        }
        cells[joint.length] = a.cells() + b.cell(0, 0, c);
        equations.add(new SuppressionSystem.Equation(cells, coefficients(joint.length), false));
      }
    }

    private void copy(SuppressionSystem system, int offset) {
      for (SuppressionSystem.Equation e : system.equations()) {
        equations.add(new SuppressionSystem.Equation(IntStream.of(e.cells()).map(c -> c + offset).toArray(), e.coefficients(), e.isColumn()));
      }
      for (int cell = 0; cell < system.cells(); cell++) {
        if (system.isWithheld(cell)) {
          withheld.set(cell + offset);
          reported.set(cell + offset);
        }
      }
    }

    int cell(int row, int column) {
      return first + row * width + column;
    }

    boolean exists(int cell) {
      return cell >= first && cell != cell(joint.length - 1, width - 1);
    }

    long count(int cell) {
      if (cell < a.cells()) {
        return a.count(cell);
      }
      if (cell < first) {
        return b.count(cell - a.cells());
      }
      int local = cell - first;
      return joint[local / width][local % width];
    }

    /** Withheld by a report, or a small count of the table. */
    boolean sensitive(int cell) {
      long n = count(cell);
      return reported.get(cell) || (n > 0 && n < minimum);
    }

    List<Integer> derivable() {
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
            row[index[e.cells()[i]]] = e.coefficients()[i];
          }
        }
        if (row != null) {
          rows.add(row);
        }
      }
      return LinearAudit.determined(unknowns.size(), rows).stream().mapToObj(unknowns::get).toList();
    }

    /** The smallest published cell of the table in an equation with the exposed cell (else of the whole table), zeros last. */
    Optional<Integer> complement(int exposed) {
      Comparator<Integer> smallest = Comparator.comparing((Integer c) -> count(c) == 0).thenComparingLong(this::count).thenComparingInt(c -> c);
      Optional<Integer> near = equations.stream()
          .filter(e -> IntStream.of(e.cells()).anyMatch(c -> c == exposed))
          .flatMapToInt(e -> IntStream.of(e.cells()))
          .filter(c -> exists(c) && !withheld.get(c))
          .boxed()
          .min(smallest);
      return near.isPresent() ? near : IntStream.range(first, size).filter(c -> exists(c) && !withheld.get(c)).boxed().min(smallest);
    }

    boolean[][] flags() {
      boolean[][] flags = new boolean[joint.length][width];
      for (int r = 0; r < joint.length; r++) {
        for (int c = 0; c < width; c++) {
          flags[r][c] = exists(cell(r, c)) && withheld.get(cell(r, c));
        }
      }
      return flags;
    }
  }
}
