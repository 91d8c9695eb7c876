package org.missionhub.plugin.roadmap.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.missionhub.api.plugin.SpreadsheetCells;

/**
 * Writes the roadmap's tables as CSV (the initiatives, UTF-8 with a byte order mark so that spreadsheets
 * read the accents) or as an .xlsx workbook (a sheet per table). Text a spreadsheet would run as a formula
 * ({@code =}, {@code +}, {@code -}, {@code @}, tab or CR first) is written with a leading apostrophe in CSV;
 * in the workbook every text is a string cell, never a formula, and amounts are numbers.
 */
public final class RoadmapFiles {

  private RoadmapFiles() {}

  public static void csv(RoadmapTable table, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write('\uFEFF');
    CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(table.columns().toArray(String[]::new)).get());
    for (List<Object> row : table.rows()) {
      printer.printRecord(row.stream().map(RoadmapFiles::text).toList());
    }
    printer.flush();
  }

  public static void xlsx(List<RoadmapTable> tables, OutputStream out) throws IOException {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
      for (RoadmapTable table : tables) {
        Sheet sheet = workbook.createSheet(table.name());
        Row header = sheet.createRow(0);
        for (int c = 0; c < table.columns().size(); c++) {
          header.createCell(c).setCellValue(table.columns().get(c));
        }
        int r = 1;
        for (List<Object> values : table.rows()) {
          Row row = sheet.createRow(r++);
          for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            if (value instanceof BigDecimal amount) {
              // a spreadsheet's numbers are binary floating point whatever we write; the CSV keeps the exact text
              row.createCell(c).setCellValue(amount.doubleValue());
            } else if (value instanceof Integer number) {
              row.createCell(c).setCellValue(number);
            } else {
              row.createCell(c).setCellValue(String.valueOf(value));
            }
          }
        }
      }
      workbook.write(out);
      workbook.dispose();
    }
  }

  /** A CSV cell: numbers as written; text that a spreadsheet would run, neutralised. */
  static String text(Object value) {
    if (value instanceof BigDecimal amount) {
      return amount.toPlainString();
    }
    String text = String.valueOf(value);
    if (text.isEmpty()) {
      return text;
    }
    return SpreadsheetCells.neutralised(text);
  }
}
