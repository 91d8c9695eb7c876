package org.missionhub.plugin.support.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.missionhub.api.plugin.PluginProblem;

class ImportProblemsTest {

  @Test
  void unknownAndMissingColumnsAreProblemsOfTheFirstRow() {
    List<ImportProblem> problems = ImportProblems.header(List.of("indicator", "colour"), List.of("indicator", "period", "value"), Set.of("indicator", "period"));

    assertThat(problems).containsExactly(
        new ImportProblem(1, "colour", "is not a column of this import; the columns are indicator, period, value"),
        new ImportProblem(1, "period", "is missing: the first row must name it"));
  }

  @Test
  void aRefusalNamesEachProblemByRowAndColumn() {
    PluginProblem refusal = ImportProblems.refusal(List.of(new ImportProblem(3, "value", "must be a number"), new ImportProblem(2, "", "repeats row 1")));

    assertThat(refusal.kind()).isEqualTo(PluginProblem.Kind.INVALID);
    assertThat(refusal.fields()).extracting(PluginProblem.FieldError::field).containsExactly("rows[3].value", "rows[2]");
    assertThat(refusal.fields()).extracting(PluginProblem.FieldError::message).containsExactly("must be a number", "repeats row 1");
  }
}
