package org.missionhub.plugin.survey.results;

import java.util.BitSet;
import java.util.List;

/**
 * Which unknowns a set of linear equations pins down. The published numbers of a report (row and column
 * totals, shown cells, means) are linear equations over its withheld cells; a withheld cell is derivable
 * exactly when its unit vector lies in the row space of those equations, which the reduced row echelon
 * form shows directly: its column is a pivot whose row has no other entry.
 */
final class LinearAudit {

  private static final double EPSILON = 1e-9;

  private LinearAudit() {}

  /** The indices of the unknowns that the equations (coefficients only: the right-hand sides are known) determine. */
  static BitSet determined(int unknowns, List<double[]> equations) {
    double[][] m = equations.stream().map(double[]::clone).toArray(double[][]::new);
    int[] pivotOfRow = new int[m.length];
    int rank = 0;
    for (int column = 0; column < unknowns && rank < m.length; column++) {
      int best = rank;
      for (int r = rank + 1; r < m.length; r++) {
        if (Math.abs(m[r][column]) > Math.abs(m[best][column])) {
          best = r;
        }
      }
      if (Math.abs(m[best][column]) < EPSILON) {
        continue;
      }
      double[] swap = m[best];
      m[best] = m[rank];
      m[rank] = swap;
      double pivot = m[rank][column];
      for (int c = 0; c < unknowns; c++) {
        m[rank][c] /= pivot;
      }
      for (int r = 0; r < m.length; r++) {
        if (r != rank && Math.abs(m[r][column]) > EPSILON) {
          double factor = m[r][column];
          for (int c = 0; c < unknowns; c++) {
            m[r][c] -= factor * m[rank][c];
          }
        }
      }
      pivotOfRow[rank++] = column;
    }
    BitSet determined = new BitSet(unknowns);
    for (int r = 0; r < rank; r++) {
      int nonZero = 0;
      for (int c = 0; c < unknowns; c++) {
        if (Math.abs(m[r][c]) > EPSILON) {
          nonZero++;
        }
      }
      if (nonZero == 1) {
        determined.set(pivotOfRow[r]);
      }
    }
    return determined;
  }
}
