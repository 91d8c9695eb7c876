package org.missionhub.plugin.funding.service;

import java.util.List;

/**
 * What importing an activity of an IATI file adds (a dry run) or added: the activity, the funder (found or
 * new), each flow with the line of its transaction, how many are already in the plan, the transactions
 * skipped and why, and every problem by field ({@code file}, {@code activity}, {@code initiative},
 * {@code sourceType}, {@code transactions[n].amount}...). The file's activities are listed for choosing one.
 */
public record IatiImportReport(
    boolean dryRun, String activity, String title, String funder, String funderName, boolean newFunder, String sourceType, List<Line> added, int unchanged,
    List<Skip> skipped, List<Problem> problems, List<String> activities) {

  /** A flow the import adds. */
  public record Line(int line, String stage, String date, String amount, String currency) {}

  /** A transaction that adds nothing. */
  public record Skip(int line, String type, String reason) {}

  public record Problem(String field, String message) {}
}
