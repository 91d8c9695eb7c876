package org.missionhub.core.export.rest;

import java.time.temporal.TemporalAccessor;
import org.missionhub.api.plugin.SpreadsheetCells;

/**
 * A value as a CSV cell of an export: null empty, numbers and times as their standard text, and text that a
 * spreadsheet would run as a formula (starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * CR, CSV injection) with a leading apostrophe, unless it is a plain number. The manifest says so.
 */
final class CsvCells {

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
    return SpreadsheetCells.neutralised(text);
  }
}
