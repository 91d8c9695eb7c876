package org.missionhub.plugin.support.imports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.missionhub.api.plugin.PluginProblem;

/** The problems every import has alike: the file's columns, and refusing a file that has problems. */
public final class ImportProblems {

  private ImportProblems() {}

  /**
   * The columns of a file (row 1): an unknown one is a problem, as is a missing required one. The known
   * columns are listed in the message in the order given.
   */
  public static List<ImportProblem> header(List<String> columns, Collection<String> known, Set<String> required) {
    List<ImportProblem> problems = new ArrayList<>();
    for (String column : columns) {
      if (!known.contains(column)) {
        problems.add(new ImportProblem(1, column, "is not a column of this import; the columns are " + String.join(", ", known)));
      }
    }
    for (String column : known) {
      if (required.contains(column) && !columns.contains(column)) {
        problems.add(new ImportProblem(1, column, "is missing: the first row must name it"));
      }
    }
    return problems;
  }

  /**
   * Refuses an import with problems: 400, each problem a field named {@code rows[n].column} (or
   * {@code rows[n]} for a problem of the whole row). Nothing was added.
   */
  public static PluginProblem refusal(List<ImportProblem> problems) {
    return PluginProblem.invalid(problems.stream()
        .map(p -> new PluginProblem.FieldError("rows[" + p.row() + "]" + (p.column().isEmpty() ? "" : "." + p.column()), p.message()))
        .toList());
  }
}
