package org.missionhub.plugin.survey.store;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.missionhub.plugin.survey.answering.AnswerRows;
import org.missionhub.plugin.survey.answering.ResponseFacts;
import org.missionhub.plugin.survey.grouping.Breakdown;
import org.missionhub.plugin.survey.grouping.Dimension;

/**
 * What a write does to {@code survey_answer_count}: for every answer row added or removed, one row more or
 * less in its value's cell of the overall grouping and of each of the five breakdowns (and a respondent
 * more or less where the row is the answer's first). Kept in key order, so that two transactions that touch
 * the same cells lock them in the same order and cannot deadlock.
 */
final class CountChanges {

  /** question of the cells that count the responses themselves */
  static final String RESPONSES = "*";

  /** One counted cell: a question's value within one group of one grouping ({@code all} or a breakdown's column). */
  record Cell(String campaignId, String question, String dimension, String group, String value) {}

  private static final Comparator<Cell> ORDER = Comparator.comparing(Cell::campaignId).thenComparing(Cell::question).thenComparing(Cell::dimension)
      .thenComparing(Cell::group).thenComparing(Cell::value);

  private final TreeMap<Cell, long[]> deltas = new TreeMap<>(ORDER);

  /** A response's answer rows added ({@code sign} 1) or removed (-1). */
  CountChanges answers(String campaignId, ResponseFacts facts, List<AnswerRows.Row> rows, int sign) {
    for (AnswerRows.Row row : rows) {
      add(campaignId, row.question(), row.value(), facts, sign, row.ordinal() == 0 ? sign : 0);
    }
    return this;
  }

  /** A response added ({@code sign} 1) or removed (-1): counted apart from its answers, under {@link #RESPONSES}. */
  CountChanges response(String campaignId, ResponseFacts facts, int sign) {
    add(campaignId, RESPONSES, "", facts, sign, sign);
    return this;
  }

  /** {@code rows} answer rows (of which {@code respondents} first rows) with a value, in a group of every grouping. */
  CountChanges add(String campaignId, String question, String value, ResponseFacts facts, long rows, long respondents) {
    String counted = value == null ? "" : value;
    change(new Cell(campaignId, question, Breakdown.ALL, Breakdown.ALL, counted), rows, respondents);
    for (Dimension dimension : Dimension.values()) {
      change(new Cell(campaignId, question, dimension.column(), fact(dimension, facts), counted), rows, respondents);
    }
    return this;
  }

  private void change(Cell cell, long rows, long respondents) {
    long[] delta = deltas.computeIfAbsent(cell, c -> new long[2]);
    delta[0] += rows;
    delta[1] += respondents;
  }

  /** The changes that change something, in key order. */
  Map<Cell, long[]> deltas() {
    TreeMap<Cell, long[]> nonZero = new TreeMap<>(ORDER);
    deltas.forEach((cell, delta) -> {
      if (delta[0] != 0 || delta[1] != 0) {
        nonZero.put(cell, delta);
      }
    });
    return nonZero;
  }

  static String fact(Dimension dimension, ResponseFacts facts) {
    switch (dimension) {
      case ORGANISATION_TYPE:
        return facts.organisationType();
      case COUNTRY:
        return facts.country();
      case PHASE:
        return facts.phase();
      case GOVERNANCE_MODE:
        return facts.governanceMode();
      case CHALLENGE_AREA:
        return facts.challengeArea();
      case SECTOR:
        return facts.sector();
      default:
        throw new IllegalArgumentException("No fact for " + dimension);
    }
  }
}
