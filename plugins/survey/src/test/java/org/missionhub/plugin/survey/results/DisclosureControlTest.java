package org.missionhub.plugin.survey.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DisclosureControlTest {

  private static final Optional<double[]> LIKERT = Optional.of(new double[] {1, 2, 3, 4});

  private final DisclosureControl control = new DisclosureControl(5);

  @Test
  void nothingIsPublishedWhenFewerThanTheMinimumAnswered() {
    var counts = new Respondents("yes", "no").add(3, "ngo", "DK", 0).add(1, "ngo", "DK", 1).counts(Optional.empty());

    ProtectedCounts result = control.protect(counts);

    assertThat(result.withheld()).isTrue();
    assertThat(result.notOffered()).containsExactly("type", "country");
  }

  @Test
  void aSmallCellIsWithheldWithTheSmallestOtherCellOfItsRowSoTheTotalDoesNotGiveItAway() {
    var counts = new Respondents("a", "b", "c").add(20, "ngo", "DK", 0).add(3, "ngo", "DK", 1).add(7, "ngo", "DK", 2).counts(Optional.empty());

    ProtectedTable overall = control.protect(counts).overall().orElseThrow();

    assertThat(overall.isWithheld(0, 0)).isFalse();
    assertThat(overall.isWithheld(0, 1)).as("3 < 5").isTrue();
    assertThat(overall.isWithheld(0, 2)).as("the complement: 30 - 20 - 7 would give the 3 away").isTrue();
  }

  @Test
  void groupsSmallerThanTheMinimumArePooledAndABreakdownWithOneGroupLeftIsNotOffered() {
    var counts = new Respondents("a", "b")
        .add(10, "ngo", "DK", 0).add(6, "ngo", "DK", 1)
        .add(3, "local", "DK", 0).add(2, "foundation", "DK", 1)
        .counts(Optional.empty());

    ProtectedCounts result = control.protect(counts);

    ProtectedTable byType = result.breakdown("type").orElseThrow();
    assertThat(byType.rows()).containsExactly("ngo", Pooling.OTHER);
    assertThat(byType.counts().respondents()).containsExactly(16, 5);
    assertThat(result.notOffered()).containsExactly("country");
  }

  @Test
  void aPoolTooSmallTakesInTheSmallestShownGroup() {
    var counts = new Respondents("a", "b")
        .add(12, "ngo", "DK", 0).add(8, "ngo", "DK", 1)
        .add(6, "local", "DK", 0).add(5, "national", "FR", 1).add(2, "foundation", "FR", 0)
        .counts(Optional.empty());

    ProtectedTable byType = control.protect(counts).breakdown("type").orElseThrow();

    assertThat(byType.rows()).containsExactly("local", "ngo", Pooling.OTHER);
    assertThat(byType.counts().respondents()).containsExactly(6, 20, 7);
  }

  @Test
  void noPublishedCellCountsFewerThanTheMinimum() {
    ProtectedCounts result = control.protect(Respondents.random(7, 120, false).counts(Optional.empty()));

    for (ProtectedTable table : tables(result)) {
      for (int r = 0; r < table.rows().size(); r++) {
        assertThat(table.counts().respondents()[r]).isGreaterThanOrEqualTo(5);
        for (int c = 0; c < 4; c++) {
          long n = table.counts().counts()[r][c];
          assertThat(table.isWithheld(r, c) || n == 0 || n >= 5).as(table.name() + " row " + r + " column " + c + " = " + n).isTrue();
        }
      }
    }
  }

  @Test
  void aSuppressedCellCannotBeWorkedOutFromTheMarginsByHand() {
    // by type: ngo [8, 2, 6], local [7, 0, 5]; the 2 is withheld, and its row and column each need a second.
    var counts = new Respondents("a", "b", "c")
        .add(8, "ngo", "DK", 0).add(2, "ngo", "DK", 1).add(6, "ngo", "FR", 2)
        .add(7, "local", "FR", 0).add(5, "local", "FR", 2)
        .counts(Optional.empty());

    ProtectedCounts result = control.protect(counts);

    assertNothingWithheldIsDerivable(result);
    ProtectedTable byType = result.breakdown("type").orElseThrow();
    assertThat(byType.rows()).containsExactly("local", "ngo");
    assertThat(byType.isWithheld(1, 1)).isTrue();
    assertThat(result.overall().orElseThrow().isWithheld(0, 1)).as("overall b = 2").isTrue();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void withheldCellsCannotBeDerivedFromMarginsAndTwoOverlappingBreakdowns(long seed) {
    ProtectedCounts result = control.protect(Respondents.random(seed, 45, false).counts(Optional.empty()));

    assertThat(result.breakdowns()).as("both breakdowns offered, so they overlap on the overall row").hasSizeGreaterThanOrEqualTo(1);
    assertNothingWithheldIsDerivable(result);
  }

  @ParameterizedTest
  @ValueSource(longs = {11, 12, 13, 14})
  void withheldCellsOfAMultipleChoiceCannotBeDerivedFromTheMentionTotals(long seed) {
    assertNothingWithheldIsDerivable(control.protect(Respondents.random(seed, 40, true).counts(Optional.empty())));
  }

  @ParameterizedTest
  @ValueSource(longs = {21, 22, 23, 24})
  void withheldCellsOfAScaleCannotBeDerivedFromTheMeans(long seed) {
    assertNothingWithheldIsDerivable(control.protect(Respondents.random(seed, 40, false).counts(LIKERT)));
  }

  /**
   * The property over thousands of random tables: single and multiple choice, with and without a scale's means,
   * from 8 to 40 respondents (small tables have the most small cells), the attacker never pins a withheld cell.
   */
  @Test
  void onThousandsOfRandomTablesTheAttackerPinsNothingWithheld() {
    int protectedTables = 0;
    for (long seed = 1_000; seed < 3_000; seed++) {
      int size = 8 + (int) (seed % 33);
      ProtectedCounts result = control.protect(Respondents.random(seed, size, seed % 3 == 0).counts(seed % 2 == 0 ? LIKERT : Optional.empty()));
      if (tables(result).stream().mapToLong(ProtectedTable::withheldCount).sum() == 0) {
        continue;
      }
      protectedTables++;
      long s = seed;
      Attacker.feasibleValues(result).forEach((cell, values) -> assertThat(values).as("seed " + s + ": values the withheld " + cell + " could have").hasSizeGreaterThanOrEqualTo(2));
    }
    assertThat(protectedTables).as("tables with something withheld").isGreaterThan(1_000);
  }

  @Test
  void theAttackerRecoversACellWithheldWithoutAComplement() {
    // The check on the checker: with only the small cell withheld, the row total gives it away.
    var counts = new Respondents("a", "b", "c").add(20, "ngo", "DK", 0).add(3, "ngo", "DK", 1).add(7, "ngo", "DK", 2).counts(Optional.empty());
    ProtectedCounts careless =
        new ProtectedCounts(counts, Optional.of(new ProtectedTable(counts.overall(), new boolean[][] {{false, true, false}})), List.of(), List.of());

    assertThat(Attacker.feasibleValues(careless)).containsExactly(Map.entry(new Attacker.Cell(0, 0, 1), Set.of(3L)));
  }

  private static void assertNothingWithheldIsDerivable(ProtectedCounts result) {
    assertThat(tables(result).stream().mapToLong(ProtectedTable::withheldCount).sum()).as("the data has small cells to protect").isPositive();
    Map<Attacker.Cell, Set<Long>> feasible = Attacker.feasibleValues(result);
    feasible.forEach((cell, values) -> assertThat(values).as("values the withheld " + cell + " could have").hasSizeGreaterThanOrEqualTo(2));
  }

  private static List<ProtectedTable> tables(ProtectedCounts result) {
    return java.util.stream.Stream.concat(result.overall().stream(), result.breakdowns().stream()).toList();
  }
}
