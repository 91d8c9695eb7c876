package org.missionhub.plugin.survey.xlsform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * One sheet of an XLSForm as rows of text by column header (the first row), as the spreadsheet shows
 * them; blank rows are skipped. Row numbers are 1-based, as people see them.
 */
record Sheet(String name, List<String> columns, List<SheetRow> rows) {

  /** No real instrument comes near these; a workbook beyond them is refused before it is read further. */
  static final int MAX_ROWS = 5_000;

  static final int MAX_COLUMNS = 200;
  static final int MAX_CELL_CHARACTERS = 10_000;

  /** A row: its number and its cells by column header (lower case, trimmed). */
  record SheetRow(int number, Map<String, String> cells) {
    String get(String column) {
      String value = cells.get(column);
      return value == null ? "" : value.strip();
    }
  }

  static Sheet read(Workbook workbook, String name) {
    org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheet(name);
    if (sheet == null) {
      return new Sheet(name, List.of(), List.of());
    }
    DataFormatter format = new DataFormatter();
    Row header = sheet.getRow(sheet.getFirstRowNum());
    List<String> columns = new ArrayList<>();
    if (sheet.getLastRowNum() - sheet.getFirstRowNum() + 1 > MAX_ROWS) {
      throw tooLarge(name, sheet.getLastRowNum() + 1, null, "has more than " + MAX_ROWS + " rows");
    }
    if (header != null && header.getLastCellNum() > MAX_COLUMNS) {
      throw tooLarge(name, header.getRowNum() + 1, null, "has more than " + MAX_COLUMNS + " columns");
    }
    if (header != null) {
      for (int c = 0; c < header.getLastCellNum(); c++) {
        Cell cell = header.getCell(c);
        columns.add(cell == null ? "" : format.formatCellValue(cell).strip().toLowerCase(java.util.Locale.ROOT));
      }
    }
    List<SheetRow> rows = new ArrayList<>();
    for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (row == null) {
        continue;
      }
      Map<String, String> cells = new LinkedHashMap<>();
      for (int c = 0; c < columns.size(); c++) {
        Cell cell = row.getCell(c);
        String text = cell == null ? "" : format.formatCellValue(cell);
        if (text.length() > MAX_CELL_CHARACTERS) {
          throw tooLarge(name, r + 1, columns.get(c), "holds more than " + MAX_CELL_CHARACTERS + " characters");
        }
        if (!text.isBlank() && !columns.get(c).isEmpty()) {
          cells.put(columns.get(c), text);
        }
      }
      if (!cells.isEmpty()) {
        rows.add(new SheetRow(r + 1, cells));
      }
    }
    return new Sheet(name, columns, rows);
  }

  private static XlsFormException tooLarge(String sheet, int row, String column, String what) {
    return new XlsFormException(List.of(new XlsFormProblem(sheet, row, column, what)));
  }
}
