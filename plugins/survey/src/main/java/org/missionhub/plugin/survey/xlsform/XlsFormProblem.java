package org.missionhub.plugin.survey.xlsform;

/** One thing wrong in an XLSForm: where (sheet, 1-based row as the spreadsheet shows it, column) and why. */
public record XlsFormProblem(String sheet, int row, String column, String message) {

  /** As a field name for a problem answer: {@code xlsform.survey.row7.relevant}. */
  public String field() {
    return "xlsform." + sheet + (row > 0 ? ".row" + row : "") + (column == null ? "" : "." + column);
  }
}
