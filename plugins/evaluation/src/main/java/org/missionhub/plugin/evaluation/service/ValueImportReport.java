package org.missionhub.plugin.evaluation.service;

import java.util.List;
import org.missionhub.plugin.support.imports.ImportProblem;

/**
 * What a value import found ({@code dryRun}) or did: the file's rows, the values added, corrected (only
 * with {@code replace}) and already reported as the file has them, the rows without a value (the export's
 * rows of targets alone), and every problem. An import with a problem changes nothing.
 */
public record ValueImportReport(boolean dryRun, boolean replace, int rows, int added, int corrected, int unchanged, int skipped, List<ImportProblem> problems) {

  public ValueImportReport {
    problems = List.copyOf(problems);
  }

  public boolean ok() {
    return problems.isEmpty();
  }

  /** Values the import adds or corrects. */
  public int changes() {
    return added + corrected;
  }
}
