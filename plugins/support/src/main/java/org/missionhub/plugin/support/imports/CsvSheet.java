package org.missionhub.plugin.support.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.missionhub.api.plugin.PluginProblem;

/**
 * A CSV file as a spreadsheet sees it: a header row of column names and numbered rows (row 1 is the header,
 * as in the spreadsheet the file came from). Commas or semicolons (spreadsheets in Danish and French
 * locales save with semicolons), an optional byte order mark, quoted cells over several lines. A leading
 * apostrophe that the export put before formula-like text is taken off again. The delimiter is kept: a file
 * saved with semicolons writes its decimals with a comma. A file that is not a table
 * is refused naming the field {@code file}.
 */
public record CsvSheet(List<String> columns, List<Row> rows, char delimiter) {

  /** More rows than a mission's portfolio plausibly holds is a wrong file, not an import. */
  public static final int MAX_ROWS = 5000;

  /** The platform's bound on a request body (1 MiB), so that the UI's upload and the API refuse the same files. */
  public static final int MAX_BYTES = 1_048_576;

  private static final Pattern NEUTRALISED = Pattern.compile("'[=+\\-@\\t\\r].*", Pattern.DOTALL);

  public CsvSheet {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }

  /** A data row: its number in the spreadsheet and its cells by lower-case column name (blank cells absent). */
  public record Row(long number, Map<String, String> cells) {

    public Row {
      cells = Map.copyOf(cells);
    }

    public String get(String column) {
      return cells.get(column);
    }
  }

  /**
   * Reads a file of at most {@link #MAX_BYTES}: UTF-8, or Windows-1252 when it is not valid UTF-8 (what
   * spreadsheets on Windows save as "CSV").
   */
  public static CsvSheet read(InputStream in) {
    byte[] bytes;
    try {
      bytes = in.readNBytes(MAX_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (bytes.length > MAX_BYTES) {
      throw PluginProblem.invalid("file", "is larger than 1 MiB; import it in parts");
    }
    return parse(decode(bytes));
  }

  private static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, Charset.forName("windows-1252"));
    }
  }

  public static CsvSheet parse(String text) {
    String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
    if (content.isBlank()) {
      throw PluginProblem.invalid("file", "is empty: the first row names the columns");
    }
    char delimiter = delimiter(content);
    CSVFormat format = CSVFormat.RFC4180.builder()
        .setDelimiter(delimiter)
        .setHeader()
        .setSkipHeaderRecord(true)
        .setIgnoreEmptyLines(true)
        .setTrim(true)
        .get();
    try (Reader reader = new StringReader(content); CSVParser parser = format.parse(reader)) {
      List<String> columns = parser.getHeaderNames().stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
      if (columns.stream().distinct().count() != columns.size()) {
        throw PluginProblem.invalid("file", "names a column twice in its first row: " + columns);
      }
      List<Row> rows = new ArrayList<>();
      for (CSVRecord record : parser) {
        if (rows.size() == MAX_ROWS) {
          throw PluginProblem.invalid("file", "has more than " + MAX_ROWS + " rows; import it in parts");
        }
        rows.add(row(record, columns));
      }
      return new CsvSheet(columns, rows, delimiter);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
      // commons-csv reports a malformed file (an unclosed quote, a duplicate or empty header) this way
      throw PluginProblem.invalid("file", "is not a CSV table: " + e.getMessage());
    }
  }

  /**
   * A number as this file writes it, in the form {@link java.math.BigDecimal} reads: a file saved with
   * semicolons (a Danish or French spreadsheet) writes {@code 1.250,5}, so there the dots group thousands
   * and the comma is the decimal point; in a file saved with commas the text is as written. Null stays null.
   */
  public String number(String text) {
    if (text == null || delimiter != ';' || text.indexOf(',') < 0) {
      return text;
    }
    return text.replace(".", "").replace(',', '.');
  }

  private static Row row(CSVRecord record, List<String> columns) {
    Map<String, String> cells = new LinkedHashMap<>();
    for (int i = 0; i < Math.min(columns.size(), record.size()); i++) {
      String value = record.get(i);
      if (value != null && !value.isBlank()) {
        cells.put(columns.get(i), NEUTRALISED.matcher(value).matches() ? value.substring(1) : value);
      }
    }
    // the header is the parser's record 1 too, so a record's number is its row in the spreadsheet
    return new Row(record.getRecordNumber() + 1, cells);
  }

  /** Semicolon when the header row has semicolons and no commas, else comma. */
  private static char delimiter(String content) {
    int end = content.indexOf('\n');
    String header = end < 0 ? content : content.substring(0, end);
    return header.indexOf(';') >= 0 && header.indexOf(',') < 0 ? ';' : ',';
  }
}
