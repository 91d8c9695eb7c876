package org.missionhub.plugin.survey.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.missionhub.api.plugin.LocalizedText;
import org.missionhub.plugin.survey.results.QuestionResult;

/**
 * The codebook of the open-data results table ({@link ResultsTable}): what each column holds, and what each
 * code in it means — every question and matrix item, every answer of each question, each breakdown — in
 * English, French and Danish. Columns: {@code column, question, value, label_en, label_fr, label_da}.
 */
public final class ResultsCodebook {

  public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("da"));

  /** The breakdowns as the table's {@code by} column names them, with the key of their name in the plugin's texts. */
  private static final Map<String, String> BREAKDOWNS = new LinkedHashMap<>();

  static {
    BREAKDOWNS.put("all", "survey.allRespondents");
    BREAKDOWNS.put("organisationType", "survey.organisationType");
    BREAKDOWNS.put("country", "survey.country");
    BREAKDOWNS.put("phase", "survey.missionPhase");
    BREAKDOWNS.put("governanceMode", "survey.governanceMode");
    BREAKDOWNS.put("challengeArea", "survey.challengeArea");
    BREAKDOWNS.put("sector", "survey.sector");
  }

  private final Function<String, LocalizedText> texts;

  public ResultsCodebook(Function<String, LocalizedText> texts) {
    this.texts = Objects.requireNonNull(texts, "texts");
  }

  /**
   * Writes the codebook of the results given in each of {@link #LANGUAGES} (the same questions, in the same
   * order, labelled in that language).
   */
  public void write(Map<Locale, List<QuestionResult>> results, OutputStream out) throws IOException {
    List<List<QuestionResult>> byLanguage = LANGUAGES.stream().map(l -> Objects.requireNonNull(results.get(l), () -> "results in " + l)).toList();
    CsvWriter csv = new CsvWriter(out);
    csv.fields(List.of("column", "question", "value", "label_en", "label_fr", "label_da")).endRow();
    for (String column : ResultsTable.COLUMNS) {
      row(csv, column, null, null, texts.apply("survey.openData.column." + column));
    }
    for (Map.Entry<String, String> breakdown : BREAKDOWNS.entrySet()) {
      row(csv, "by", null, breakdown.getKey(), texts.apply(breakdown.getValue()));
    }
    row(csv, "group", null, "_other", texts.apply("survey.openData.otherGroups"));
    List<List<QuestionResult>> questions = byLanguage.stream().map(ResultsCodebook::flattened).toList();
    for (int q = 0; q < questions.get(0).size(); q++) {
      int index = q;
      List<QuestionResult> same = questions.stream().map(l -> l.get(index)).toList();
      String code = same.get(0).question();
      csv.field("question").field(code).field(code);
      csv.fields(same.stream().map(QuestionResult::label).toList()).endRow();
      for (int c = 0; c < same.get(0).categories().size(); c++) {
        int category = c;
        csv.field("answer").field(code).field(same.get(0).categories().get(c).code());
        csv.fields(same.stream().map(r -> r.categories().get(category).label()).toList()).endRow();
      }
    }
    csv.flush();
  }

  /** The questions with figures, a matrix as its items, as the results table lists them. */
  private static List<QuestionResult> flattened(List<QuestionResult> questions) {
    List<QuestionResult> flat = new ArrayList<>();
    for (QuestionResult question : questions) {
      if (question.items().isEmpty()) {
        if (ResultsTable.hasFigures(question)) {
          flat.add(question);
        }
      } else {
        flat.addAll(question.items());
      }
    }
    return flat;
  }

  private static void row(CsvWriter csv, String column, String question, String value, LocalizedText label) throws IOException {
    csv.field(column).field(question).field(value);
    for (Locale language : LANGUAGES) {
      csv.field(label.in(language));
    }
    csv.endRow();
  }
}
