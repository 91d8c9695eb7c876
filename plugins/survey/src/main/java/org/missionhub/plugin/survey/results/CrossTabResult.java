package org.missionhub.plugin.survey.results;

import java.util.List;

/**
 * A published cross-tabulation of two closed questions: a row per answer to the first (and one for
 * respondents who did not answer it), a column per answer to the second (and one for "no answer"). With a
 * multiple choice a respondent counts once per answer given.
 * Withheld cells have no count; a row's respondents and percentages are those of the first question's
 * published report (none for the "no answer" row).
 *
 * @param withheld true when the table cannot be published (too few answered, or no safe way to show it)
 */
public record CrossTabResult(
    String rows, String rowsLabel, String columns, String columnsLabel, boolean withheld, List<QuestionResult.Category> columnCategories, List<Row> table) {

  /** The code of the "no answer" row and column. */
  public static final String NO_ANSWER = "_none";

  public CrossTabResult {
    columnCategories = List.copyOf(columnCategories);
    table = List.copyOf(table);
  }

  /** One answer to the first question; {@code respondents} null when its report withholds that count. */
  public record Row(String category, String label, Long respondents, List<QuestionResult.Cell> cells) {}
}
