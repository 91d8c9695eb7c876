package org.missionhub.core.export.rest;

import java.time.temporal.TemporalAccessor;
import java.util.regex.Pattern;

/**
 * A value as a CSV cell of an export: null empty, numbers and times as their standard text, and text that a
 * spreadsheet would run as a formula (starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * CR, CSV injection) with a leading apostrophe, unless it is a plain number. The manifest says so.
 */
final class CsvCells {

  private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

  private CsvCells() {}

  static String of(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Number || value instanceof Boolean || value instanceof TemporalAccessor) {
      return value.toString();
    }
    String text = value instanceof Enum<?> e ? e.name() : value.toString();
    return neutralised(text);
  }

  static String neutralised(String text) {
    if (text.isEmpty()) {
      return text;
    }
    char first = text.charAt(0);
    boolean formulaLike = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    return formulaLike && !NUMBER.matcher(text).matches() ? "'" + text : text;
  }
}
