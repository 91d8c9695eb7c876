package org.missionhub.it.survey;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** XLSForm workbooks for the tests, written with POI from rows of text (each sheet's first row: its headers). */
public final class XlsForms {

  private XlsForms() {}

  /** A workbook with a survey sheet and, when given rows, a choices sheet. */
  public static byte[] workbook(String[][] survey, String[][] choices) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      sheet(workbook, "survey", survey);
      if (choices.length > 0) {
        sheet(workbook, "choices", choices);
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sheet(XSSFWorkbook workbook, String name, String[][] rows) {
    var sheet = workbook.createSheet(name);
    for (int r = 0; r < rows.length; r++) {
      var row = sheet.createRow(r);
      for (int c = 0; c < rows[r].length; c++) {
        if (rows[r][c] != null) {
          row.createCell(c).setCellValue(rows[r][c]);
        }
      }
    }
  }
}
