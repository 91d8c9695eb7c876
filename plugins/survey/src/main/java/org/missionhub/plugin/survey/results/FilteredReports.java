package org.missionhub.plugin.survey.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.missionhub.plugin.survey.grouping.Breakdown;
import org.missionhub.plugin.survey.grouping.Dimension;
import org.missionhub.plugin.survey.instrument.Question;
import org.missionhub.plugin.survey.instrument.QuestionType;
import org.missionhub.plugin.survey.store.ResultsStore;

/**
 * A closed question's results within one group of a published breakdown ("only national governments"):
 * its overall row is that group's published row, and the other breakdowns are counted within the group.
 * Those are new numbers, so they are pooled like any breakdown and protected together with the whole
 * published report ({@link JointSystem}): only their cells are ever withheld. A group pooled or not shown
 * in the published report cannot be filtered on.
 */
public final class FilteredReports {

  private final ResultsStore store;
  private final QuestionReports reports;

  public FilteredReports(ResultsStore store) {
    this.store = store;
    this.reports = new QuestionReports(store);
  }

  /** Whether a question's results can be filtered: a closed question other than a matrix. */
  public static boolean accepts(Question question) {
    return question.type() == QuestionType.COUNTRY || (question.type().hasOptions() && question.type() != QuestionType.MATRIX);
  }

  /**
   * Whether {@code group} is a row of its own in the published report's breakdown by {@code within}: only
   * such a group can be looked into. Read from the published (cached) result, so that asking for a group
   * that is not there costs no count (a cheap request must not start an expensive one).
   */
  public static boolean isPublishedGroup(QuestionResult published, Dimension within, String group) {
    return !published.withheld()
        && !Pooling.OTHER.equals(group)
        && published.breakdowns().stream()
            .filter(t -> t.by().equals(within.apiName()))
            .flatMap(t -> t.rows().stream())
            .anyMatch(r -> r.group().equals(group));
  }

  /** What looking into a group that is not published answers: nothing, as for a withheld question. */
  public static QuestionResult notShown(QuestionResult published, Question question, Dimension within, Locale locale) {
    List<String> otherDimensions = java.util.Arrays.stream(Dimension.values()).filter(d -> d != within).map(Dimension::apiName).toList();
    return new QuestionResult(question.code(), question.label().in(locale), question.type().name(), null, true, published.categories(), null, List.of(), otherDimensions, List.of());
  }

  public QuestionResult report(String campaignId, int minimum, Question question, Dimension within, String group, Locale locale) {
    if (!accepts(question)) {
      throw new IllegalArgumentException("filters apply to closed questions other than a matrix");
    }
    QuestionReports.Counted counted = reports.counted(question, campaignId, minimum, locale);
    ProtectedCounts published = counted.safe();
    String label = question.label().in(locale);
    List<String> otherDimensions = java.util.Arrays.stream(Dimension.values()).filter(d -> d != within).map(Dimension::apiName).toList();
    List<String> offered = published.breakdowns().stream().map(ProtectedTable::name).toList();
    int tableIndex = offered.indexOf(within.apiName());
    int row = tableIndex < 0 ? -1 : published.breakdowns().get(tableIndex).rows().indexOf(group);
    if (published.withheld() || row < 0 || group.equals(Pooling.OTHER)) {
      return new QuestionResult(question.code(), label, question.type().name(), null, true, counted.categories(), null, List.of(), otherDimensions, List.of());
    }
    QuestionCounts source = published.source();
    List<String> codes = source.categories();
    ProtectedTable groupRow = published.breakdowns().get(tableIndex);
    Breakdown overall = new Breakdown(Breakdown.ALL, List.of(Breakdown.ALL), new long[] {groupRow.counts().respondents()[row]}, new long[][] {groupRow.counts().counts()[row]});
    List<Breakdown> tables = new ArrayList<>(List.of(overall));
    List<String> notOffered = new ArrayList<>();
    ResultsStore.Filter filter = new ResultsStore.Filter(within, group);
    for (Dimension d : Dimension.values()) {
      if (d == within) {
        continue;
      }
      Breakdown pooled = Pooling.pool(store.count(campaignId, question.code(), Optional.of(d), Optional.of(filter)).breakdown(d.apiName(), codes), minimum);
      if (pooled == null) {
        notOffered.add(d.apiName());
      } else {
        tables.add(pooled);
      }
    }
    SuppressionSystem filtered = new SuppressionSystem(tables, codes.size(), source.scores());
    SuppressionSystem report = SuppressionSystem.of(published);
    for (int c = 0; c < codes.size(); c++) {
      if (groupRow.isWithheld(row, c)) {
        filtered.withhold(filtered.cell(0, 0, c));
      }
    }
    JointSystem system = new JointSystem();
    int offsetReport = system.add(report, cell -> true);
    int offsetFiltered = system.add(filtered, cell -> filtered.tableOf(cell) == 0);
    for (int c = 0; c < codes.size(); c++) {
      // the filter's overall row is the published group's row
      system.equation(new int[] {offsetFiltered + filtered.cell(0, 0, c), offsetReport + report.cell(1 + tableIndex, row, c)}, new double[] {1, -1});
    }
    boolean safe = system.protect(minimum);
    List<QuestionResult.Table> breakdowns = new ArrayList<>();
    for (int t = 1; t < tables.size(); t++) {
      if (!safe) {
        notOffered.add(tables.get(t).name());
        continue;
      }
      boolean[][] flags = new boolean[tables.get(t).rows().size()][codes.size()];
      for (int r = 0; r < flags.length; r++) {
        for (int c = 0; c < codes.size(); c++) {
          flags[r][c] = system.isWithheld(offsetFiltered + filtered.cell(t, r, c));
        }
      }
      breakdowns.add(QuestionReports.table(new ProtectedTable(tables.get(t), flags), codes, source.scores()));
    }
    boolean[][] overallFlags = new boolean[1][codes.size()];
    for (int c = 0; c < codes.size(); c++) {
      overallFlags[0][c] = groupRow.isWithheld(row, c);
    }
    QuestionResult.Table overallTable = QuestionReports.table(new ProtectedTable(overall, overallFlags), codes, source.scores());
    return new QuestionResult(
        question.code(), label, question.type().name(), overall.respondents()[0], false, counted.categories(), overallTable, breakdowns, notOffered, List.of());
  }
}
