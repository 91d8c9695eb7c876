package org.missionhub.plugin.roadmap.imports;

import java.util.List;
import org.missionhub.plugin.support.imports.ImportProblem;

/**
 * What an import found ({@code dryRun}) or did: how many rows the file had, how many items were (or would
 * be) added, and every problem. An import with a problem adds nothing.
 */
public record ImportReport(String kind, boolean dryRun, int rows, int imported, List<ImportProblem> problems) {

  public ImportReport {
    problems = List.copyOf(problems);
  }

  public boolean ok() {
    return problems.isEmpty();
  }
}
