package org.missionhub.plugin.survey.results;

import java.util.List;

/**
 * A question's published results. Numbers that would rest on fewer respondents than the campaign's
 * minimum are null ({@code withheld}); a free-text question shows only how many answered it, a number
 * question how many, their mean and their median (rows without cells).
 *
 * @param respondents how many answered (null when fewer than the minimum)
 * @param breakdowns by organisation type, country, phase, governance mode and challenge area, where offered
 * @param notOffered breakdowns whose groups are too small to show
 * @param items a matrix's items, each reported like a scale question
 */
public record QuestionResult(
    String question,
    String label,
    String type,
    Long respondents,
    boolean withheld,
    List<Category> categories,
    Table overall,
    List<Table> breakdowns,
    List<String> notOffered,
    List<QuestionResult> items) {

  /** An option of the question, in the instrument's order. */
  public record Category(String code, String label) {}

  /** One breakdown (or the overall result, {@code by = "all"}): a row per group. */
  public record Table(String by, List<Row> rows) {}

  /**
   * One group. {@code group} is the dimension's value ({@code _other} for small groups pooled together).
   *
   * @param mentions answers given in the group: more than respondents for a multiple choice
   * @param mean a scale's mean point (1 = its first option) or a number question's mean answer, null for
   *     other questions
   * @param median a scale's median point or a number question's median answer
   */
  public record Row(String group, long respondents, long mentions, List<Cell> cells, Double mean, Double median) {}

  /** One category in one group; count and percentages are null when withheld. */
  public record Cell(String category, Long count, Double percentOfRespondents, Double percentOfMentions, boolean withheld) {}
}
