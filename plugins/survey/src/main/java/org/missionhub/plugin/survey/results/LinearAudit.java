package org.missionhub.plugin.survey.results;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.BitSet;
import java.util.List;

/**
 * Which unknowns a set of linear equations pins down. The published numbers of a report (row and column
 * totals, shown cells, means) are linear equations over its withheld cells; a withheld cell is derivable
 * exactly when its unit vector lies in the row space of those equations, which the reduced row echelon
 * form shows directly: its column is a pivot whose row has no other entry.
 *
 * <p>Exact: each equation's coefficients (counts, and the scores or values of a mean, as written) are scaled to
 * whole numbers and eliminated fraction-free over {@link BigInteger}, each row kept divided by the greatest common
 * divisor of its entries. Floating point with an epsilon could take a rounding residue for a coefficient (or a
 * true coefficient for a residue) once values are large or many, and what is published depends on the answer.
 * Hand-written: Gauss-Jordan elimination is a few lines, and no well-kept Java library offers it over the integers.
 */
final class LinearAudit {

  private LinearAudit() {}

  /** The indices of the unknowns that the equations (coefficients only: the right-hand sides are known) determine. */
  static BitSet determined(int unknowns, List<double[]> equations) {
    BigInteger[][] m = equations.stream().map(e -> integers(e, unknowns)).toArray(BigInteger[][]::new);
    int[] pivotOfRow = new int[m.length];
    int rank = 0;
    for (int column = 0; column < unknowns && rank < m.length; column++) {
      int found = rank;
      while (found < m.length && m[found][column].signum() == 0) {
        found++;
      }
      if (found == m.length) {
        continue;
      }
      BigInteger[] swap = m[found];
      m[found] = m[rank];
      m[rank] = swap;
      BigInteger[] pivot = m[rank];
      for (int r = 0; r < m.length; r++) {
        if (r != rank && m[r][column].signum() != 0) {
          m[r] = eliminate(m[r], pivot, column);
        }
      }
      pivotOfRow[rank++] = column;
    }
    BitSet determined = new BitSet(unknowns);
    for (int r = 0; r < rank; r++) {
      int nonZero = 0;
      for (int c = 0; c < unknowns; c++) {
        if (m[r][c].signum() != 0) {
          nonZero++;
        }
      }
      if (nonZero == 1) {
        determined.set(pivotOfRow[r]);
      }
    }
    return determined;
  }

  /** {@code pivot[column] * row - row[column] * pivot}: zero in the column, divided by the gcd of its entries. */
  private static BigInteger[] eliminate(BigInteger[] row, BigInteger[] pivot, int column) {
    BigInteger a = pivot[column];
    BigInteger b = row[column];
    BigInteger[] result = new BigInteger[row.length];
    BigInteger gcd = BigInteger.ZERO;
    for (int c = 0; c < row.length; c++) {
      result[c] = a.multiply(row[c]).subtract(b.multiply(pivot[c]));
      gcd = gcd.gcd(result[c]);
    }
    if (gcd.compareTo(BigInteger.ONE) > 0) {
      for (int c = 0; c < row.length; c++) {
        result[c] = result[c].divide(gcd);
      }
    }
    return result;
  }

  /**
   * The coefficients as whole numbers in the same ratio: each as its shortest decimal (the value as written, 2.5
   * or 0.1, not the binary fraction nearest to it), all scaled by the power of ten the longest one needs.
   */
  static BigInteger[] integers(double[] coefficients, int unknowns) {
    BigDecimal[] exact = new BigDecimal[unknowns];
    int scale = 0;
    for (int c = 0; c < unknowns; c++) {
      double value = c < coefficients.length ? coefficients[c] : 0;
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException("a coefficient of a published number is not finite: " + value);
      }
      exact[c] = BigDecimal.valueOf(value).stripTrailingZeros();
      scale = Math.max(scale, exact[c].scale());
    }
    BigInteger[] whole = new BigInteger[unknowns];
    for (int c = 0; c < unknowns; c++) {
      whole[c] = exact[c].setScale(scale).unscaledValue();
    }
    return whole;
  }
}
