package org.missionhub.plugin.survey.export;

import java.io.BufferedWriter;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.missionhub.api.plugin.SpreadsheetCells;

/**
 * RFC 4180 rows in UTF-8: fields separated by commas, rows ended by CRLF, a field quoted when it holds a
 * comma, a quote, a CR or an LF (its quotes doubled). An absent value (null) is an empty field. The
 * underlying stream is flushed, never closed: it belongs to the caller.
 *
 * <p>Free text comes from any organisation and is opened by analysts in spreadsheets, which run a cell
 * starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a CR as a formula (CSV injection,
 * e.g. {@code =HYPERLINK(...)}). Such a cell is written with a leading apostrophe, which spreadsheets
 * show as text, unless it is a plain number ({@code -3}, {@code +1.5e3}): numbers stay numbers. The
 * codebook says so.
 */
final class CsvWriter implements Flushable {

  private static final int BUFFER = 64 * 1024;
  private final Writer out;
  private boolean firstField = true;

  CsvWriter(OutputStream out) {
    this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER);
  }

  CsvWriter field(String value) throws IOException {
    if (!firstField) {
      out.write(',');
    }
    firstField = false;
    if (value == null || value.isEmpty()) {
      return this;
    }
    value = neutralised(value);
    if (needsQuotes(value)) {
      out.write('"');
      out.write(value.replace("\"", "\"\""));
      out.write('"');
    } else {
      out.write(value);
    }
    return this;
  }

  CsvWriter fields(Iterable<String> values) throws IOException {
    for (String value : values) {
      field(value);
    }
    return this;
  }

  void endRow() throws IOException {
    out.write("\r\n");
    firstField = true;
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  /** The value as a spreadsheet shows it as text: see the class comment. */
  static String neutralised(String value) {
    return SpreadsheetCells.neutralised(value);
  }

  static boolean needsQuotes(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == ',' || c == '"' || c == '\r' || c == '\n') {
        return true;
      }
    }
    return false;
  }
}
