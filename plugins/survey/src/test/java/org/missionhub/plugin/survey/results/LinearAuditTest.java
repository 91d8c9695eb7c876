package org.missionhub.plugin.survey.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The exact audit: a case floating point got wrong, and thousands of random systems (counts, signed totals and
 * decimal scores, the shapes a report's equations take) against an independent oracle: an unknown is determined
 * exactly when adding its unit vector to the equations does not raise their rank.
 */
class LinearAuditTest {

  @Test
  void largeScoresDoNotMakeRoundingResiduesLookLikeEquations() {
    // A 2 x 3 block of withheld cells under row totals, the rows' sums of scores (a mean's numerator, in the
    // tens of millions), column totals and the overall sum, plus one cell known on its own. Only that one is
    // determined: x1..x6 can all move along (v, -v) with v summing to zero and to zero score. Elimination in
    // doubles with an epsilon of 1e-9 found all seven determined (the residues of the scores were above it).
    double[] s = {5428105.66, 42909360.8, 20631063.43};
    List<double[]> equations = List.of(
        new double[] {1, 1, 1, 1, 0, 0, 0},
        new double[] {77019657.28, s[0], s[1], s[2], 0, 0, 0},
        new double[] {0, 0, 0, 0, 1, 1, 1},
        new double[] {0, 0, 0, 0, s[0], s[1], s[2]},
        new double[] {1, 0, 0, 0, 0, 0, 0},
        new double[] {0, 1, 0, 0, 1, 0, 0},
        new double[] {0, 0, 1, 0, 0, 1, 0},
        new double[] {0, 0, 0, 1, 0, 0, 1},
        new double[] {77019657.28, s[0], s[1], s[2], s[0], s[1], s[2]});

    assertThat(LinearAudit.determined(7, equations)).isEqualTo(BitSet.valueOf(new long[] {1}));
  }

  @Test
  void decimalScoresAreTakenAsWritten() {
    // 0.1 x + 0.2 y and 0.3 x + 0.6 y are the same equation: y stays free, and so does x
    assertThat(LinearAudit.determined(2, List.of(new double[] {0.1, 0.2}, new double[] {0.3, 0.6}))).isEqualTo(new BitSet());
    assertThat(LinearAudit.integers(new double[] {2.5, 0.1, -3}, 3)).containsExactly(BigInteger.valueOf(25), BigInteger.ONE, BigInteger.valueOf(-30));
    
  }

  @Test
  void agreesWithTheRankOracleOnThousandsOfRandomSystems() {
    Random random = new Random(20261206);
    for (int trial = 0; trial < 5_000; trial++) {
      int unknowns = 1 + random.nextInt(7);
      List<double[]> equations = new ArrayList<>();
      int rows = random.nextInt(9);
      int kind = random.nextInt(3);
      for (int r = 0; r < rows; r++) {
        double[] row = new double[unknowns];
        for (int c = 0; c < unknowns; c++) {
          row[c] = random.nextInt(3) == 0 ? 0 : switch (kind) {
            case 0 -> 1; // totals
            case 1 -> random.nextBoolean() ? 1 : -1; // a breakdown column against its overall cell
            default -> random.nextInt(4) == 0 ? 1 : (random.nextInt(2_000_000) - 1_000_000) / 100.0; // scores and values
          };
        }
        equations.add(row);
      }
      if (rows >= 2 && random.nextBoolean()) {
        equations.add(sum(equations.get(0), equations.get(1))); // a dependent equation, as totals of totals are
      }
      BitSet expected = new BitSet();
      BigInteger[][] matrix = equations.stream().map(e -> LinearAudit.integers(e, unknowns)).toArray(BigInteger[][]::new);
      int rank = rank(matrix, unknowns);
      for (int j = 0; j < unknowns; j++) {
        BigInteger[][] withUnit = java.util.Arrays.copyOf(matrix, matrix.length + 1);
        withUnit[matrix.length] = new BigInteger[unknowns];
        for (int c = 0; c < unknowns; c++) {
          withUnit[matrix.length][c] = c == j ? BigInteger.ONE : BigInteger.ZERO;
        }
        if (rank(withUnit, unknowns) == rank) {
          expected.set(j);
        }
      }
      assertThat(LinearAudit.determined(unknowns, equations)).as("trial " + trial).isEqualTo(expected);
    }
  }

  private static double[] sum(double[] a, double[] b) {
    double[] sum = new double[a.length];
    for (int c = 0; c < a.length; c++) {
      sum[c] = java.math.BigDecimal.valueOf(a[c]).add(java.math.BigDecimal.valueOf(b[c])).doubleValue();
    }
    return sum;
  }

  /** The rank by Bareiss elimination (fraction-free, exact), forward only. */
  private static int rank(BigInteger[][] rows, int columns) {
    BigInteger[][] m = java.util.Arrays.stream(rows).map(BigInteger[]::clone).toArray(BigInteger[][]::new);
    int rank = 0;
    BigInteger previous = BigInteger.ONE;
    for (int c = 0; c < columns && rank < m.length; c++) {
      int p = rank;
      while (p < m.length && m[p][c].signum() == 0) {
        p++;
      }
      if (p == m.length) {
        continue;
      }
      BigInteger[] swap = m[p];
      m[p] = m[rank];
      m[rank] = swap;
      for (int r = rank + 1; r < m.length; r++) {
        for (int k = c + 1; k < columns; k++) {
          m[r][k] = m[rank][c].multiply(m[r][k]).subtract(m[r][c].multiply(m[rank][k])).divide(previous);
        }
        m[r][c] = BigInteger.ZERO;
      }
      previous = m[rank][c];
      rank++;
    }
    return rank;
  }
}
