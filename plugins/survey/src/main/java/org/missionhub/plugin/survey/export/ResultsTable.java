package org.missionhub.plugin.survey.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.missionhub.plugin.survey.instrument.QuestionType;
import org.missionhub.plugin.survey.results.QuestionResult;

/**
 * A campaign's published results as open data: one long ("tidy") CSV table, a line per question, breakdown,
 * group and answer, holding exactly the published numbers. A withheld number is an empty cell with
 * {@code withheld} true, never a number; pooled small groups are the group {@code _other}. Free-text and date
 * questions publish no figures and are left out. The columns are described in {@link ResultsCodebook}.
 */
public final class ResultsTable {

  /** The columns, in order. */
  public static final List<String> COLUMNS =
      List.of("question", "question_label", "type", "by", "group", "group_respondents", "answer", "answer_label", "count",
          "percent_of_respondents", "percent_of_mentions", "mean", "median", "withheld");

  private ResultsTable() {}

  public static void write(List<QuestionResult> questions, OutputStream out) throws IOException {
    CsvWriter csv = new CsvWriter(out);
    csv.fields(COLUMNS).endRow();
    for (QuestionResult question : questions) {
      if (question.items().isEmpty()) {
        writeQuestion(csv, question);
      } else {
        for (QuestionResult item : question.items()) {
          writeQuestion(csv, item);
        }
      }
    }
    csv.flush();
  }

  /** Whether a question publishes figures (not free text or a date). */
  public static boolean hasFigures(QuestionResult question) {
    if (!question.items().isEmpty()) {
      return true;
    }
    QuestionType type = QuestionType.valueOf(question.type());
    return type != QuestionType.TEXT_SHORT && type != QuestionType.TEXT_LONG && type != QuestionType.DATE && type != QuestionType.NOTE;
  }

  private static void writeQuestion(CsvWriter csv, QuestionResult question) throws IOException {
    if (!hasFigures(question)) {
      return;
    }
    if (question.overall() == null) {
      // too few respondents: the question is withheld as a whole
      csv.field(question.question()).field(question.label()).field(question.type()).field("all").field("all");
      csv.field(null).field(null).field(null).field(null).field(null).field(null).field(null).field(null).field("true").endRow();
      return;
    }
    writeTable(csv, question, question.overall());
    for (QuestionResult.Table table : question.breakdowns()) {
      writeTable(csv, question, table);
    }
  }

  private static void writeTable(CsvWriter csv, QuestionResult question, QuestionResult.Table table) throws IOException {
    for (QuestionResult.Row row : table.rows()) {
      if (row.cells().isEmpty()) {
        start(csv, question, table, row).field(null).field(null).field(null).field(null).field(null);
        csv.field(number(row.mean())).field(number(row.median())).field("false").endRow();
        continue;
      }
      for (QuestionResult.Cell cell : row.cells()) {
        start(csv, question, table, row).field(cell.category()).field(label(question, cell.category()));
        csv.field(cell.count() == null ? null : cell.count().toString())
            .field(number(cell.percentOfRespondents()))
            .field(number(cell.percentOfMentions()))
            .field(number(row.mean()))
            .field(number(row.median()))
            .field(Boolean.toString(cell.withheld()))
            .endRow();
      }
    }
  }

  private static CsvWriter start(CsvWriter csv, QuestionResult question, QuestionResult.Table table, QuestionResult.Row row) throws IOException {
    return csv.field(question.question()).field(question.label()).field(question.type()).field(table.by()).field(row.group()).field(Long.toString(row.respondents()));
  }

  private static String label(QuestionResult question, String category) {
    return question.categories().stream().filter(c -> c.code().equals(category)).map(QuestionResult.Category::label).findFirst().orElse(null);
  }

  /** A published figure as written: {@code 12.5}, {@code 40}; nothing for none. */
  static String number(Double value) {
    if (value == null || value.isNaN() || value.isInfinite()) {
      return null;
    }
    BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
    return decimal.scale() < 0 ? decimal.setScale(0).toPlainString() : decimal.toPlainString();
  }
}
