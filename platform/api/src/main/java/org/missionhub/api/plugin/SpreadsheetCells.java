package org.missionhub.api.plugin;

import java.util.regex.Pattern;

/**
 * Text for a cell of a CSV file that people open in a spreadsheet (contract 1.5.0): text a spreadsheet would
 * run as a formula — starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a CR (CSV injection) —
 * gets a leading apostrophe, unless it is a plain number.
 */
public final class SpreadsheetCells {

  private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

  private SpreadsheetCells() {}

  public static String neutralised(String text) {
    if (text == null || text.isEmpty()) {
      return text == null ? "" : text;
    }
    char first = text.charAt(0);
    boolean formulaLike = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    return formulaLike && !NUMBER.matcher(text).matches() ? "'" + text : text;
  }
}
