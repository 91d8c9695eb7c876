package org.missionhub.plugin.survey.xlsform;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Real .xlsx workbooks for the tests, written with POI from rows of text (the first row: headers). */
final class Workbooks {

  private final XSSFWorkbook workbook = new XSSFWorkbook();

  Workbooks sheet(String name, String[]... rows) {
    XSSFSheet sheet = workbook.createSheet(name);
    for (int r = 0; r < rows.length; r++) {
      Row row = sheet.createRow(r);
      for (int c = 0; c < rows[r].length; c++) {
        if (rows[r][c] != null) {
          row.createCell(c).setCellValue(rows[r][c]);
        }
      }
    }
    return this;
  }

  InputStream xlsx() {
    try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      workbook.write(out);
      return new ByteArrayInputStream(out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String[] row(String... cells) {
    return cells;
  }
}
