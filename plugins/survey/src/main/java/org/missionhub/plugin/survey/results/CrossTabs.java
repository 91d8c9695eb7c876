package org.missionhub.plugin.survey.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.missionhub.api.plugin.LocalizedText;
import org.missionhub.plugin.survey.instrument.Option;
import org.missionhub.plugin.survey.instrument.Question;
import org.missionhub.plugin.survey.instrument.QuestionType;
import org.missionhub.plugin.survey.store.ResultsStore;

/**
 * Cross-tabulates two closed questions of a campaign: counts the pairs of answers, completes them with
 * "no answer" (each question's published overall count minus those who also answered the other) and
 * publishes only what {@link CrossTabControl} lets through. With a multiple choice a respondent counts in
 * every pair of answers they gave, so its side's shares add up to more than 100 %.
 */
public final class CrossTabs {

  private final ResultsStore store;
  private final QuestionReports reports;

  public CrossTabs(ResultsStore store) {
    this.store = store;
    this.reports = new QuestionReports(store);
  }

  /** A side of a cross-tabulation: a closed question, or one item of a matrix (answered on its scale). */
  public record Side(String key, LocalizedText label, QuestionType type, List<Option> options, boolean otherSpecify) {

    public static Side of(Question question) {
      return new Side(question.code(), question.label(), question.type(), question.options(), question.otherSpecify());
    }

    public static Side item(Question matrix, Option item) {
      return new Side(matrix.itemKey(item), item.label(), QuestionType.LIKERT, matrix.options(), false);
    }
  }

  /** Whether a question can be a side of a cross-tabulation: answers from a closed list (a matrix item by item). */
  public static boolean accepts(Question question) {
    return accepts(question.type());
  }

  private static boolean accepts(QuestionType type) {
    return type == QuestionType.MULTIPLE_CHOICE || singleAnswer(type);
  }

  private static boolean singleAnswer(QuestionType type) {
    return type == QuestionType.SINGLE_CHOICE || type == QuestionType.LIKERT || type == QuestionType.COUNTRY;
  }

  public CrossTabResult crossTab(String campaignId, int minimum, Question rows, Question columns, Locale locale) {
    return crossTab(campaignId, minimum, Side.of(rows), Side.of(columns), locale);
  }

  public CrossTabResult crossTab(String campaignId, int minimum, Side rows, Side columns, Locale locale) {
    if (!accepts(rows.type()) || !accepts(columns.type()) || rows.key().equals(columns.key())) {
      throw new IllegalArgumentException("two different closed questions");
    }
    QuestionReports.Counted a = reports.counted(campaignId, minimum, rows.options(), rows.otherSpecify(), rows.key(), rows.type(), locale);
    QuestionReports.Counted b = reports.counted(campaignId, minimum, columns.options(), columns.otherSpecify(), columns.key(), columns.type(), locale);
    String noAnswer = noAnswer(locale);
    List<QuestionResult.Category> columnCategories = new ArrayList<>(b.categories());
    columnCategories.add(new QuestionResult.Category(CrossTabResult.NO_ANSWER, noAnswer));
    String rowsLabel = rows.label().in(locale);
    String columnsLabel = columns.label().in(locale);
    if (a.safe().withheld() || b.safe().withheld()) {
      return new CrossTabResult(rows.key(), rowsLabel, columns.key(), columnsLabel, true, columnCategories, List.of());
    }
    long[][] joint = joint(campaignId, rows, columns, a.safe().source(), b.safe().source());
    Optional<boolean[][]> withheld = new CrossTabControl(minimum).protect(a.safe(), singleAnswer(rows.type()), b.safe(), singleAnswer(columns.type()), joint);
    if (withheld.isEmpty()) {
      return new CrossTabResult(rows.key(), rowsLabel, columns.key(), columnsLabel, true, columnCategories, List.of());
    }
    ProtectedTable overallA = a.safe().overall().orElseThrow();
    List<CrossTabResult.Row> table = new ArrayList<>();
    for (int r = 0; r < joint.length; r++) {
      boolean answered = r < a.categories().size();
      Long respondents = answered && !overallA.isWithheld(0, r) ? overallA.counts().counts()[0][r] : null;
      List<QuestionResult.Cell> cells = new ArrayList<>();
      for (int c = 0; c < joint[r].length; c++) {
        String code = columnCategories.get(c).code();
        if (!answered && c == joint[r].length - 1) {
          continue; // answered neither: not part of the table
        }
        if (withheld.get()[r][c]) {
          cells.add(new QuestionResult.Cell(code, null, null, null, true));
        } else {
          Double percent = respondents == null || respondents == 0 ? null : Math.round(1000.0 * joint[r][c] / respondents) / 10.0;
          cells.add(new QuestionResult.Cell(code, joint[r][c], percent, null, false));
        }
      }
      QuestionResult.Category category = answered ? a.categories().get(r) : new QuestionResult.Category(CrossTabResult.NO_ANSWER, noAnswer);
      table.add(new CrossTabResult.Row(category.code(), category.label(), respondents, cells));
    }
    return new CrossTabResult(rows.key(), rowsLabel, columns.key(), columnsLabel, false, columnCategories, table);
  }

  /** Pairs of answers, then "no answer" to the other question: an answer's overall count minus those who answered both. */
  private long[][] joint(String campaignId, Side rows, Side columns, QuestionCounts a, QuestionCounts b) {
    Map<String, Map<String, Long>> pairs = store.pairs(campaignId, rows.key(), columns.key());
    Map<String, Long> rowsAnsweredColumns = store.answeredBoth(campaignId, rows.key(), columns.key());
    Map<String, Long> columnsAnsweredRows = store.answeredBoth(campaignId, columns.key(), rows.key());
    int n = a.categories().size();
    int m = b.categories().size();
    long[][] joint = new long[n + 1][m + 1];
    for (int r = 0; r < n; r++) {
      Map<String, Long> byColumn = pairs.getOrDefault(a.categories().get(r), Map.of());
      for (int c = 0; c < m; c++) {
        joint[r][c] = byColumn.getOrDefault(b.categories().get(c), 0L);
      }
      joint[r][m] = a.overall().counts()[0][r] - rowsAnsweredColumns.getOrDefault(a.categories().get(r), 0L);
    }
    for (int c = 0; c < m; c++) {
      joint[n][c] = b.overall().counts()[0][c] - columnsAnsweredRows.getOrDefault(b.categories().get(c), 0L);
    }
    return joint;
  }

  static String noAnswer(Locale locale) {
    return switch (locale.getLanguage()) {
      case "fr" -> "Sans réponse";
      case "da" -> "Intet svar";
      default -> "No answer";
    };
  }
}
