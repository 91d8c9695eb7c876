package org.missionhub.plugin.survey.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.missionhub.plugin.survey.grouping.Breakdown;

class WaveChangesTest {

  private static final Optional<double[]> LIKERT = Optional.of(new double[] {1, 2, 3, 4});
  private static final Optional<double[]> LIKERT_2 = Optional.of(new double[] {1, 2});

  private final DisclosureControl control = new DisclosureControl(3);

  @Test
  void aChangeIsTheDifferenceOfTwoPublishedSharesInPoints() {
    ProtectedCounts first = control.protect(new Respondents("a", "b").add(6, "ngo", "DK", 0).add(4, "ngo", "DK", 1).add(5, "local", "FR", 0).add(5, "local", "FR", 1).counts(LIKERT_2));
    ProtectedCounts second = control.protect(new Respondents("a", "b").add(4, "ngo", "DK", 0).add(6, "ngo", "DK", 1).add(5, "local", "FR", 0).add(5, "local", "FR", 1).counts(LIKERT_2));

    List<WaveComparison.ChangeTable> changes = WaveChanges.between(published(first), published(second));

    assertThat(changes).extracting(WaveComparison.ChangeTable::by).containsExactly("all", "type", "country");
    WaveComparison.ChangeRow overall = changes.get(0).rows().get(0);
    assertThat(overall.cells()).containsExactly(new WaveComparison.Change("a", -10.0, false), new WaveComparison.Change("b", 10.0, false));
    assertThat(overall.mean()).isEqualTo(0.1);
    WaveComparison.ChangeRow ngo = changes.get(1).rows().stream().filter(r -> r.group().equals("ngo")).findFirst().orElseThrow();
    assertThat(ngo.cells()).containsExactly(new WaveComparison.Change("a", -20.0, false), new WaveComparison.Change("b", 20.0, false));
  }

  @Test
  void anOrganisationAloneInItsCellInTheSecondWaveIsNotGivenAwayByTheChange() {
    Respondents before = new Respondents("a", "b", "c").add(4, "ngo", "DK", 0).add(4, "ngo", "DK", 1).add(4, "local", "FR", 0).add(4, "local", "FR", 1);
    // one NGO joins and answers c: alone in its cell, so the second wave withholds it
    Respondents after = new Respondents("a", "b", "c").add(4, "ngo", "DK", 0).add(4, "ngo", "DK", 1).add(1, "ngo", "DK", 2).add(4, "local", "FR", 0).add(4, "local", "FR", 1);
    ProtectedCounts first = control.protect(before.counts(Optional.empty()));
    ProtectedCounts second = control.protect(after.counts(Optional.empty()));
    assertThat(second.overall().orElseThrow().isWithheld(0, 2)).isTrue();
    assertThat(first.overall().orElseThrow().isWithheld(0, 2)).as("0 in the first wave: published").isFalse();

    List<WaveComparison.ChangeTable> changes = WaveChanges.between(published(first), published(second));

    assertThat(changes.get(0).rows().get(0).cells()).filteredOn(c -> c.category().equals("c")).containsExactly(new WaveComparison.Change("c", null, true));
    assertNothingWithheldIsDerivable(first, second, changes);
    // the check on the checker: a change computed from the counts gives the newcomer's answer away
    Map<Attacker.Cell, Set<Long>> careless = Attacker.feasibleValues(List.of(first, second), careless(first, second));
    assertThat(careless.get(new Attacker.Cell(1, 0, 0, 2))).containsExactly(1L);
  }

  @Test
  void pooledGroupsCategoriesAndGroupsOnlyOneWaveHasAreNotCompared() {
    ProtectedCounts first = control.protect(new Respondents("a", "b").add(5, "ngo", "DK", 0).add(5, "ngo", "DK", 1).add(3, "local", "FR", 0).add(3, "local", "FR", 1).counts(Optional.empty()));
    ProtectedCounts second = control.protect(new Respondents("a", "b").add(5, "ngo", "DK", 0).add(5, "ngo", "DK", 1).add(4, "academia", "SE", 0).add(4, "academia", "SE", 1)
        .add(1, "foundation", "NL", 0).add(1, "local", "NL", 1).counts(Optional.empty()));
    assertThat(published(second).breakdowns().get(0).rows()).extracting(QuestionResult.Row::group).contains(Pooling.OTHER);

    List<WaveComparison.ChangeTable> changes = WaveChanges.between(published(first), published(second));

    assertThat(changes).filteredOn(t -> t.by().equals("type")).singleElement()
        .satisfies(t -> assertThat(t.rows()).extracting(WaveComparison.ChangeRow::group).containsExactly("ngo"));
  }

  @Test
  void nothingIsComparedWithAWaveThatWithholdsTheQuestion() {
    ProtectedCounts few = control.protect(new Respondents("a", "b").add(1, "ngo", "DK", 0).add(1, "ngo", "DK", 1).counts(Optional.empty()));
    ProtectedCounts many = control.protect(new Respondents("a", "b").add(5, "ngo", "DK", 0).add(5, "ngo", "DK", 1).counts(Optional.empty()));

    assertThat(WaveChanges.between(published(few), published(many))).isEmpty();
    assertThat(WaveChanges.between(published(many), published(few))).isEmpty();
  }

  /**
   * Pairs of waves as they happen: the same organisations answer again, some changing their answer, and one
   * to three join (half of them of a type and country no one else has). The attacker reads both waves and
   * every published change, and must find a second value for every withheld cell of either wave.
   */
  @Test
  void onHundredsOfPairsOfWavesTheAttackerPinsNothingWithheld() {
    int protectedPairs = 0;
    for (long seed = 5_000; seed < 5_500; seed++) {
      int size = 8 + (int) (seed % 33);
      Respondents before = Respondents.random(seed, size, seed % 3 == 0);
      Respondents after = before.nextWave(seed, 0.3, 1 + (int) (seed % 3));
      Optional<double[]> scores = seed % 2 == 0 && seed % 3 != 0 ? LIKERT : Optional.empty();
      ProtectedCounts first = control.protect(before.counts(scores));
      ProtectedCounts second = control.protect(after.counts(scores));
      if (first.withheld() || second.withheld() || withheldCells(first) + withheldCells(second) == 0) {
        continue;
      }
      protectedPairs++;
      List<WaveComparison.ChangeTable> changes = WaveChanges.between(published(first), published(second));
      long s = seed;
      Attacker.feasibleValues(List.of(first, second), attackable(first, second, changes))
          .forEach((cell, values) -> assertThat(values).as("seed " + s + ": values the withheld " + cell + " could have").hasSizeGreaterThanOrEqualTo(2));
    }
    assertThat(protectedPairs).as("pairs with something withheld").isGreaterThan(250);
  }

  private static void assertNothingWithheldIsDerivable(ProtectedCounts first, ProtectedCounts second, List<WaveComparison.ChangeTable> changes) {
    Attacker.feasibleValues(List.of(first, second), attackable(first, second, changes))
        .forEach((cell, values) -> assertThat(values).as("values the withheld " + cell + " could have").hasSizeGreaterThanOrEqualTo(2));
  }

  /** The published changes as the attacker reads them: which cell of each wave, and the points. */
  private static List<Attacker.Change> attackable(ProtectedCounts first, ProtectedCounts second, List<WaveComparison.ChangeTable> changes) {
    List<Attacker.Change> read = new ArrayList<>();
    for (WaveComparison.ChangeTable table : changes) {
      for (WaveComparison.ChangeRow row : table.rows()) {
        for (WaveComparison.Change change : row.cells()) {
          if (change.points() != null) {
            read.add(new Attacker.Change(cell(0, first, table.by(), row.group(), change.category()), cell(1, second, table.by(), row.group(), change.category()), change.points()));
          }
        }
      }
    }
    return read;
  }

  /** Every cell's change, withheld or not: what a comparison computed from the counts would publish. */
  private static List<Attacker.Change> careless(ProtectedCounts first, ProtectedCounts second) {
    List<Attacker.Change> read = new ArrayList<>();
    List<ProtectedTable> before = tables(first).toList();
    List<ProtectedTable> after = tables(second).toList();
    for (int t = 0; t < after.size(); t++) {
      for (int r = 0; r < after.get(t).rows().size(); r++) {
        int earlierRow = before.get(t).rows().indexOf(after.get(t).rows().get(r));
        if (earlierRow < 0) {
          continue;
        }
        for (int c = 0; c < first.source().categories().size(); c++) {
          double points = share(after.get(t), r, c) - share(before.get(t), earlierRow, c);
          read.add(new Attacker.Change(new Attacker.Cell(0, t, earlierRow, c), new Attacker.Cell(1, t, r, c), Math.round(points * 100) / 100.0));
        }
      }
    }
    return read;
  }

  private static double share(ProtectedTable table, int row, int column) {
    return Math.round(1000.0 * table.counts().counts()[row][column] / table.counts().respondents()[row]) / 10.0;
  }

  private static Attacker.Cell cell(int wave, ProtectedCounts counts, String by, String group, String category) {
    List<ProtectedTable> all = tables(counts).toList();
    int table = by.equals(Breakdown.ALL) ? 0 : 1 + counts.breakdowns().stream().map(ProtectedTable::name).toList().indexOf(by);
    return new Attacker.Cell(wave, table, all.get(table).rows().indexOf(group), counts.source().categories().indexOf(category));
  }

  private static long withheldCells(ProtectedCounts counts) {
    return tables(counts).mapToLong(ProtectedTable::withheldCount).sum();
  }

  private static Stream<ProtectedTable> tables(ProtectedCounts counts) {
    return Stream.concat(counts.overall().stream(), counts.breakdowns().stream());
  }

  /** The question's result as the product publishes it from these counts. */
  private static QuestionResult published(ProtectedCounts safe) {
    List<String> codes = safe.source().categories();
    List<QuestionResult.Category> categories = codes.stream().map(c -> new QuestionResult.Category(c, c)).toList();
    if (safe.withheld()) {
      return new QuestionResult("q", "Q", "SINGLE_CHOICE", null, true, categories, null, List.of(), safe.notOffered(), List.of());
    }
    ProtectedTable overall = safe.overall().orElseThrow();
    return new QuestionResult("q", "Q", "SINGLE_CHOICE", overall.counts().respondents()[0], false, categories,
        QuestionReports.table(overall, codes, safe.source().scores()),
        safe.breakdowns().stream().map(t -> QuestionReports.table(t, codes, safe.source().scores())).toList(), safe.notOffered(), List.of());
  }
}
