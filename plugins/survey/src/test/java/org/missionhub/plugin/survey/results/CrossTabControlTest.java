package org.missionhub.plugin.survey.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.missionhub.plugin.survey.grouping.Breakdown;

/**
 * The cross-tabulation's protection, checked by brute force: someone who knows both questions' published
 * overall rows and the table's published cells tries every whole-number value of what is withheld; for
 * each withheld small cell (and each cell a report withheld) they must find a second consistent value.
 */
class CrossTabControlTest {

  private static final int K = 5;

  @Test
  void largeCountsArePublishedWhole() {
    long[][] joint = {{20, 10, 0}, {15, 30, 5}, {6, 0, 0}};
    boolean[][] withheld = protect(joint).orElseThrow();

    assertThat(count(withheld)).isZero();
  }

  @Test
  void aSmallCellIsWithheldWithComplementsSoThatNoRowOrColumnGivesItAway() {
    long[][] joint = {{20, 1, 7}, {15, 30, 6}, {8, 9, 0}};
    boolean[][] withheld = protect(joint).orElseThrow();

    assertThat(withheld[0][1]).isTrue();
    assertThat(count(withheld)).as("at least a complement in its row and one in its column").isGreaterThanOrEqualTo(3);
    assertAttackerCannotPinDown(joint, withheld);
  }

  @Test
  void aFewWhoSkippedTheSecondQuestionAreNotGivenAwayByTheFirstQuestionsCount() {
    // Row 0: 2 respondents chose the first answer but skipped the second question; the row adds up to the
    // first question's published count, so publishing everything else would give the 2 away.
    long[][] joint = {{20, 12, 2}, {15, 30, 6}, {8, 9, 0}};
    boolean[][] withheld = protect(joint).orElseThrow();

    assertThat(withheld[0][2]).isTrue();
    assertAttackerCannotPinDown(joint, withheld);
  }

  @Test
  void whatTheFirstQuestionsReportWithheldStaysWithheld() {
    // The first question's third answer has 3 respondents: its report withholds that count (and a
    // complement); a table row that added up to it in full would give it away.
    long[][] joint = {{20, 12, 6}, {15, 30, 6}, {3, 0, 0}, {8, 9, 0}};
    ProtectedCounts first = report(overall(joint, true));
    assertThat(first.overall().orElseThrow().isWithheld(0, 2)).isTrue();
    boolean[][] withheld = new CrossTabControl(K).protect(first, true, report(overall(joint, false)), true, joint).orElseThrow();

    assertThat(withheld[2][0] || withheld[2][1] || withheld[2][2]).isTrue();
    assertAttackerCannotPinDown(joint, withheld);
  }

  @Test
  void seededTablesNeverGiveAwayASmallCell() {
    Random random = new Random(20_261_129L);
    int protectedWithComplements = 0;
    for (int run = 0; run < 2000; run++) {
      int rows = 2 + random.nextInt(2);
      int columns = 2 + random.nextInt(2);
      long[][] joint = new long[rows + 1][columns + 1];
      for (int r = 0; r <= rows; r++) {
        for (int c = 0; c <= columns; c++) {
          joint[r][c] = (r == rows && c == columns) ? 0 : random.nextInt(4) == 0 ? random.nextInt(K) : K + random.nextInt(12);
        }
      }
      boolean singleRow = random.nextBoolean();
      boolean singleColumn = random.nextBoolean() || singleRow == false;
      Optional<boolean[][]> withheld = new CrossTabControl(K).protect(report(overall(joint, true)), singleRow, report(overall(joint, false)), singleColumn, joint);
      if (withheld.isPresent()) {
        assertAttackerCannotPinDown(joint, withheld.get(), singleRow, singleColumn);
        protectedWithComplements += count(withheld.get()) > 1 ? 1 : 0;
      }
    }
    assertThat(protectedWithComplements).as("tables offered with cells withheld").isGreaterThan(10);
  }

  @Test
  void withAMultipleChoiceForColumnsRowsDoNotAddUpAndOnlyColumnsNeedComplements() {
    long[][] joint = {{20, 1, 7}, {15, 30, 6}, {8, 9, 0}};
    boolean[][] withheld = new CrossTabControl(K).protect(report(overall(joint, true)), true, report(overall(joint, false)), false, joint).orElseThrow();

    assertThat(withheld[0][1]).isTrue();
    assertThat(withheld[0][0] || withheld[0][2]).as("no row equation to protect against").isFalse();
    assertAttackerCannotPinDown(joint, withheld, true, false);
  }

  @Test
  void theAttackerRecoversASmallCellWithheldWithoutComplements() {
    long[][] joint = {{20, 1, 7}, {15, 30, 6}, {8, 9, 0}};
    boolean[][] alone = new boolean[3][3];
    alone[0][1] = true;

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> assertAttackerCannotPinDown(joint, alone)).isInstanceOf(AssertionError.class).hasMessageContaining("cell 0,1");
  }

  private static Optional<boolean[][]> protect(long[][] joint) {
    return new CrossTabControl(K).protect(report(overall(joint, true)), true, report(overall(joint, false)), true, joint);
  }

  /** A question's overall counts: the table's row sums (first question) or column sums (second). */
  private static long[] overall(long[][] joint, boolean first) {
    int n = first ? joint.length - 1 : joint[0].length - 1;
    long[] counts = new long[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < (first ? joint[0].length : joint.length); j++) {
        counts[i] += first ? joint[i][j] : joint[j][i];
      }
    }
    return counts;
  }

  /** A single-choice question's report with no breakdowns, as its DisclosureControl publishes it. */
  private static ProtectedCounts report(long[] counts) {
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      codes.add("o" + i);
    }
    long total = java.util.Arrays.stream(counts).sum();
    Breakdown all = new Breakdown(Breakdown.ALL, List.of(Breakdown.ALL), new long[] {total}, new long[][] {counts});
    return new DisclosureControl(K).protect(new QuestionCounts(codes, Optional.empty(), all, List.of()));
  }

  private static int count(boolean[][] flags) {
    int n = 0;
    for (boolean[] row : flags) {
      for (boolean f : row) {
        n += f ? 1 : 0;
      }
    }
    return n;
  }

  /**
   * Unknowns: the table's withheld cells and the cells either report withheld. Known: both reports' totals
   * and published cells, the table's published cells. Equations: each report's cells add up to its total,
   * each table row to the first question's count, each column to the second's.
   */
  private static void assertAttackerCannotPinDown(long[][] joint, boolean[][] withheld) {
    assertAttackerCannotPinDown(joint, withheld, true, true);
  }

  /** {@code singleRow}/{@code singleColumn}: the first/second question takes one answer, so columns/rows add up. */
  private static void assertAttackerCannotPinDown(long[][] joint, boolean[][] withheld, boolean singleRow, boolean singleColumn) {
    long[] a = overall(joint, true);
    long[] b = overall(joint, false);
    ProtectedTable reportA = report(a).overall().orElseThrow();
    ProtectedTable reportB = report(b).overall().orElseThrow();
    BruteForce attacker = new BruteForce();
    List<Integer> rowA = new ArrayList<>();
    for (int i = 0; i < a.length; i++) {
      rowA.add(attacker.value("A" + i, a[i], reportA.isWithheld(0, i), sum(a)));
    }
    List<Integer> rowB = new ArrayList<>();
    for (int j = 0; j < b.length; j++) {
      rowB.add(attacker.value("B" + j, b[j], reportB.isWithheld(0, j), sum(b)));
    }
    attacker.equation(rowA, sum(a));
    attacker.equation(rowB, sum(b));
    int[][] cell = new int[joint.length][joint[0].length];
    for (int r = 0; r < joint.length; r++) {
      for (int c = 0; c < joint[0].length; c++) {
        boolean corner = r == joint.length - 1 && c == joint[0].length - 1;
        long rowBound = r < a.length ? (reportA.isWithheld(0, r) ? sum(a) : a[r]) : sum(b);
        long columnBound = c < b.length ? (reportB.isWithheld(0, c) ? sum(b) : b[c]) : sum(a);
        cell[r][c] = corner ? -1 : attacker.value("x" + r + c, joint[r][c], withheld[r][c], Math.min(rowBound, columnBound));
      }
    }
    for (int r = 0; singleColumn && r < a.length; r++) {
      List<Integer> members = new ArrayList<>();
      for (int c = 0; c < joint[0].length; c++) {
        members.add(cell[r][c]);
      }
      attacker.equationEqualTo(members, rowA.get(r));
    }
    for (int c = 0; singleRow && c < b.length; c++) {
      List<Integer> members = new ArrayList<>();
      for (int r = 0; r < joint.length; r++) {
        members.add(cell[r][c]);
      }
      attacker.equationEqualTo(members, rowB.get(c));
    }
    for (int r = 0; r < joint.length; r++) {
      for (int c = 0; c < joint[0].length; c++) {
        if (cell[r][c] >= 0 && withheld[r][c] && joint[r][c] > 0 && joint[r][c] < K) {
          assertThat(attacker.anotherValue(cell[r][c])).as("cell %d,%d (%d) of %s", r, c, joint[r][c], java.util.Arrays.deepToString(joint)).isTrue();
        }
      }
    }
    for (int i = 0; i < a.length; i++) {
      if (reportA.isWithheld(0, i)) {
        assertThat(attacker.anotherValue(rowA.get(i))).as("the first report's withheld count %d", i).isTrue();
      }
    }
  }

  private static long sum(long[] values) {
    return java.util.Arrays.stream(values).sum();
  }

  /** Whole-number unknowns and linear equations over them; known values are constants. */
  private static final class BruteForce {
    private final List<String> names = new ArrayList<>();
    private final List<Long> truth = new ArrayList<>();
    private final List<Boolean> unknown = new ArrayList<>();
    private final List<Long> bound = new ArrayList<>();
    /** Each: coefficients by variable, and the constant the sum equals. */
    private final List<Map<Integer, Long>> equations = new ArrayList<>();
    private final List<Long> constants = new ArrayList<>();

    int value(String name, long value, boolean isUnknown, long upper) {
      names.add(name);
      truth.add(value);
      unknown.add(isUnknown);
      bound.add(upper);
      return names.size() - 1;
    }

    /** sum(members) = constant. */
    void equation(List<Integer> members, long constant) {
      Map<Integer, Long> e = new HashMap<>();
      members.forEach(m -> e.merge(m, 1L, Long::sum));
      equations.add(e);
      constants.add(constant);
    }

    void equationEqualTo(List<Integer> members, int total) {
      Map<Integer, Long> e = new HashMap<>();
      members.forEach(m -> e.merge(m, 1L, Long::sum));
      e.merge(total, -1L, Long::sum);
      equations.add(e);
      constants.add(0L);
    }

    boolean anotherValue(int target) {
      List<Integer> order = new ArrayList<>();
      order.add(target);
      for (int v = 0; v < names.size(); v++) {
        if (unknown.get(v) && v != target) {
          order.add(v);
        }
      }
      long[] assigned = new long[names.size()];
      boolean[] set = new boolean[names.size()];
      for (int v = 0; v < names.size(); v++) {
        if (!unknown.get(v)) {
          assigned[v] = truth.get(v);
          set[v] = true;
        }
      }
      int[] budget = {2_000_000};
      return search(order, 0, assigned, set, target, budget);
    }

    private boolean search(List<Integer> order, int depth, long[] assigned, boolean[] set, int target, int[] budget) {
      if (--budget[0] < 0) {
        throw new AssertionError("the search space is too large for this test");
      }
      if (!consistent(assigned, set)) {
        return false;
      }
      if (depth == order.size()) {
        return assigned[target] != truth.get(target);
      }
      int v = order.get(depth);
      for (long value = 0; value <= bound.get(v); value++) {
        if (depth == 0 && value == truth.get(v)) {
          continue;
        }
        assigned[v] = value;
        set[v] = true;
        if (search(order, depth + 1, assigned, set, target, budget)) {
          return true;
        }
      }
      set[v] = false;
      return false;
    }

    /** Equations fully assigned hold; partly assigned ones with only positive coefficients are not exceeded. */
    private boolean consistent(long[] assigned, boolean[] set) {
      for (int e = 0; e < equations.size(); e++) {
        long sum = 0;
        boolean complete = true;
        boolean positive = true;
        for (Map.Entry<Integer, Long> term : equations.get(e).entrySet()) {
          if (set[term.getKey()]) {
            sum += term.getValue() * assigned[term.getKey()];
          } else {
            complete = false;
            positive &= term.getValue() > 0;
          }
        }
        if (complete && sum != constants.get(e)) {
          return false;
        }
        if (!complete && positive && sum > constants.get(e)) {
          return false;
        }
      }
      return true;
    }
  }
}
