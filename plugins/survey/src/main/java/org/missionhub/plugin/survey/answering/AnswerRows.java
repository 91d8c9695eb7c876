package org.missionhub.plugin.survey.answering;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.missionhub.plugin.survey.instrument.Instrument;
import org.missionhub.plugin.survey.instrument.Option;
import org.missionhub.plugin.survey.instrument.Question;

/**
 * A checked response as coded rows for counting: a row per chosen option (the first of a respondent's
 * answer has ordinal 0), a row per matrix item (keyed {@code <code>.<item>}) and a scale's point as a
 * number; numbers as numbers; text and dates as a bare row, counted but never shown.
 */
public final class AnswerRows {

  /** One coded answer. */
  public record Row(String question, String value, Double number, int ordinal) {}

  private AnswerRows() {}

  public static List<Row> of(Instrument instrument, Map<String, List<String>> answers) {
    List<Row> rows = new ArrayList<>();
    for (Question q : instrument.questions()) {
      switch (q.type()) {
        case MATRIX -> {
          for (Option item : q.items()) {
            List<String> value = answers.get(q.itemKey(item));
            if (value != null) {
              rows.add(new Row(q.itemKey(item), value.get(0), point(q, value.get(0)), 0));
            }
          }
        }
        case SINGLE_CHOICE, MULTIPLE_CHOICE, COUNTRY -> {
          List<String> values = answers.get(q.code());
          for (int i = 0; values != null && i < values.size(); i++) {
            rows.add(new Row(q.code(), values.get(i), null, i));
          }
        }
        case LIKERT -> {
          List<String> value = answers.get(q.code());
          if (value != null) {
            rows.add(new Row(q.code(), value.get(0), point(q, value.get(0)), 0));
          }
        }
        case NUMBER -> {
          List<String> value = answers.get(q.code());
          if (value != null) {
            rows.add(new Row(q.code(), null, Double.parseDouble(value.get(0)), 0));
          }
        }
        case TEXT_SHORT, TEXT_LONG, DATE -> {
          if (answers.containsKey(q.code())) {
            rows.add(new Row(q.code(), null, null, 0));
          }
        }
        case CALCULATED -> {
          // a number computed is counted like a number answered; computed text, like text, is not coded
          List<String> value = answers.get(q.code());
          if (value != null) {
            Double number = numberOrNull(value.get(0));
            rows.add(new Row(q.code(), null, number, 0));
          }
        }
        case NOTE -> {}
      }
    }
    return rows;
  }

  private static Double numberOrNull(String text) {
    try {
      double number = Double.parseDouble(text);
      return Double.isFinite(number) ? number : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** A scale option's point: 1 for the first, 2 for the next, ... */
  public static Double point(Question question, String code) {
    for (int i = 0; i < question.options().size(); i++) {
      if (question.options().get(i).code().equals(code)) {
        return (double) (i + 1);
      }
    }
    return null;
  }
}
