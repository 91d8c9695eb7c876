package org.missionhub.plugin.roadmap.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.support.imports.CsvSheet;
import org.missionhub.plugin.support.imports.ImportProblem;

/**
 * Reading one row of an import file into a form: its cells by column, lists split on semicolons, names
 * looked up, and every problem kept with the row and the column (a form field's name is turned back into
 * the column the person wrote it in).
 */
final class ImportRows {

  private final CsvSheet.Row row;
  private final Map<String, String> columnOfField;
  private final List<ImportProblem> problems = new ArrayList<>();

  ImportRows(CsvSheet.Row row, Map<String, String> columnOfField) {
    this.row = row;
    this.columnOfField = columnOfField;
  }

  String cell(String column) {
    return row.get(column);
  }

  List<String> list(String column) {
    String value = row.get(column);
    return value == null ? List.of() : Arrays.stream(value.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  void problem(String column, String message) {
    problems.add(new ImportProblem(row.number(), column, message));
  }

  /**
   * Every field a rule refused, reported in the column it came from; a refusal that names no field (the
   * caller may not add this row) in the given column.
   */
  void refused(PluginProblem problem, String column) {
    if (problem.kind() != PluginProblem.Kind.INVALID) {
      problem(column, problem.getMessage());
      return;
    }
    for (PluginProblem.FieldError error : problem.fields()) {
      problem(columnOfField.getOrDefault(error.field(), error.field()), error.message());
    }
  }

  long number() {
    return row.number();
  }

  List<ImportProblem> problems() {
    return problems;
  }
}
