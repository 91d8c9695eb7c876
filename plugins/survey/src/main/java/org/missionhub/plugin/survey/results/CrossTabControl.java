package org.missionhub.plugin.survey.results;

import java.util.Arrays;
import java.util.Optional;

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
 * ({@link JointSystem} does the protecting.) The reports never change: only cells of the new table are withheld, so nothing published before is taken
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
    JointSystem system = new JointSystem();
    SuppressionSystem a = SuppressionSystem.of(rows);
    SuppressionSystem b = SuppressionSystem.of(columns);
    int offsetA = system.add(a, cell -> true);
    int offsetB = system.add(b, cell -> true);
    int height = joint.length;
    int width = joint[0].length;
    long[] cells = new long[height * width];
    for (int r = 0; r < height; r++) {
      System.arraycopy(joint[r], 0, cells, r * width, width);
    }
    int corner = (height - 1) * width + width - 1;
    // no cell counts more than everyone in the table
    int first = system.addCells(cells, cell -> cell == corner, Arrays.stream(cells).sum());
    // when the second question takes one answer, a row adds up to the first question's overall count
    for (int r = 0; singleColumn && r < height - 1; r++) {
      int[] members = new int[width + 1];
      for (int c = 0; c < width; c++) {
        members[c] = first + r * width + c;
      }
      members[width] = offsetA + a.cell(0, 0, r);
      system.equation(members, coefficients(width));
    }
    // when the first takes one answer, a column adds up to the second's
    for (int c = 0; singleRow && c < width - 1; c++) {
      int[] members = new int[height + 1];
      for (int r = 0; r < height; r++) {
        members[r] = first + r * width + c;
      }
      members[height] = offsetB + b.cell(0, 0, c);
      system.equation(members, coefficients(height));
    }
    if (!system.protect(minimum)) {
      return Optional.empty();
    }
    boolean[][] flags = new boolean[height][width];
    for (int r = 0; r < height; r++) {
      for (int c = 0; c < width; c++) {
        flags[r][c] = r * width + c != corner && system.isWithheld(first + r * width + c);
      }
    }
    return Optional.of(flags);
  }

  /** Ones for the table's cells, minus one for the report's total they add up to. */
  static double[] coefficients(int ones) {
    double[] k = new double[ones + 1];
    Arrays.fill(k, 0, ones, 1);
    k[ones] = -1;
    return k;
  }
}
