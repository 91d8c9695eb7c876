package org.missionhub.plugin.survey.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionhub.plugin.survey.results.QuestionResult;
import org.missionhub.plugin.survey.results.QuestionResult.Category;
import org.missionhub.plugin.survey.results.QuestionResult.Cell;
import org.missionhub.plugin.survey.results.QuestionResult.Row;
import org.missionhub.plugin.survey.results.QuestionResult.Table;

/** The open-data results table holds exactly the published figures: a withheld one is never a number. */
class ResultsTableTest {

  private static final List<Category> YES_NO = List.of(new Category("yes", "Yes"), new Category("no", "No"));

  @Test
  void eachPublishedCellIsALineAndAWithheldOneHasNoNumber() throws IOException {
    QuestionResult involved = new QuestionResult("involved", "Are you involved?", "SINGLE_CHOICE", 12L, false, YES_NO,
        new Table("all", List.of(new Row("all", 12, 12, List.of(new Cell("yes", 9L, 75.0, 75.0, false), new Cell("no", null, null, null, true)), null, null))),
        List.of(new Table("organisationType", List.of(
            new Row("NATIONAL_GOVERNMENT", 7, 7, List.of(new Cell("yes", 7L, 100.0, 100.0, false), new Cell("no", null, null, null, true)), null, null),
            new Row("_other", 5, 5, List.of(new Cell("yes", null, null, null, true), new Cell("no", null, null, null, true)), null, null)))),
        List.of(), List.of());

    List<String> lines = lines(List.of(involved));

    assertThat(lines.get(0)).isEqualTo(String.join(",", ResultsTable.COLUMNS));
    assertThat(lines).containsSubsequence(
        "involved,Are you involved?,SINGLE_CHOICE,all,all,12,yes,Yes,9,75,75,,,false",
        "involved,Are you involved?,SINGLE_CHOICE,all,all,12,no,No,,,,,,true",
        "involved,Are you involved?,SINGLE_CHOICE,organisationType,NATIONAL_GOVERNMENT,7,yes,Yes,7,100,100,,,false",
        "involved,Are you involved?,SINGLE_CHOICE,organisationType,_other,5,yes,Yes,,,,,,true");
    assertThat(lines).hasSize(1 + 6);
  }

  @Test
  void aNumberQuestionGivesItsMeanAndMedianPerGroupAndAWithheldQuestionOneLine() throws IOException {
    QuestionResult budget = new QuestionResult("budget", "Budget", "NUMBER", 8L, false, List.of(),
        new Table("all", List.of(new Row("all", 8, 8, List.of(), 12.25, 10.0))), List.of(), List.of(), List.of());
    QuestionResult rare = new QuestionResult("rare", "Rare", "SINGLE_CHOICE", null, true, YES_NO, null, List.of(), List.of(), List.of());

    List<String> lines = lines(List.of(budget, rare));

    assertThat(lines).containsExactly(
        String.join(",", ResultsTable.COLUMNS),
        "budget,Budget,NUMBER,all,all,8,,,,,,12.25,10,false",
        "rare,Rare,SINGLE_CHOICE,all,all,,,,,,,,,true");
  }

  @Test
  void aMatrixIsWrittenItemByItemAndFreeTextIsLeftOut() throws IOException {
    List<Category> scale = List.of(new Category("low", "Low"), new Category("high", "High"));
    QuestionResult item = new QuestionResult("characteristics.clear_target", "A clear target", "LIKERT", 6L, false, scale,
        new Table("all", List.of(new Row("all", 6, 6, List.of(new Cell("low", null, null, null, true), new Cell("high", 5L, 83.3, 83.3, false)), 1.8, 2.0))),
        List.of(), List.of(), List.of());
    QuestionResult matrix = new QuestionResult("characteristics", "Characteristics", "MATRIX", null, false, List.of(), null, List.of(), List.of(), List.of(item));
    QuestionResult comments = new QuestionResult("comments", "Comments", "TEXT_LONG", 20L, false, List.of(), null, List.of(), List.of(), List.of());

    List<String> lines = lines(List.of(matrix, comments));

    assertThat(lines).containsExactly(
        String.join(",", ResultsTable.COLUMNS),
        "characteristics.clear_target,A clear target,LIKERT,all,all,6,low,Low,,,,1.8,2,true",
        "characteristics.clear_target,A clear target,LIKERT,all,all,6,high,High,5,83.3,83.3,1.8,2,false");
  }

  @Test
  void aLabelThatLooksLikeAFormulaIsWrittenAsText() throws IOException {
    QuestionResult q = new QuestionResult("q", "=HYPERLINK(\"x\")", "SINGLE_CHOICE", null, true, YES_NO, null, List.of(), List.of(), List.of());
    assertThat(lines(List.of(q)).get(1)).startsWith("q,\"'=HYPERLINK(\"\"x\"\")\",");
  }

  private static List<String> lines(List<QuestionResult> questions) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ResultsTable.write(questions, out);
    return List.of(out.toString(StandardCharsets.UTF_8).split("\r\n"));
  }
}
