package org.missionhub.plugin.survey.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * The rows of an {@code .xlsx} export of responses (KoboToolbox writes one; LimeSurvey too), from its first sheet
 * (KoboToolbox puts repeat groups on the sheets after it): each cell as the text a CSV export would hold — text as
 * it is, a whole number without decimals, a date cell as an ISO day (or day and time), a formula as its value.
 */
public final class ResponseSheet {

  static {
    // POI's zip-bomb guards, as the XLSForm reader states them (JVM-wide; the request body is at most 1 MiB)
    ZipSecureFile.setMinInflateRatio(0.01);
    ZipSecureFile.setMaxEntrySize(16L * 1024 * 1024);
  }

  /** The workbook could not be read. */
  public static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    Unreadable(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private ResponseSheet() {}

  public static List<List<String>> rows(byte[] xlsx) throws Unreadable {
    try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
      if (workbook.getNumberOfSheets() == 0) {
        return List.of();
      }
      Sheet sheet = workbook.getSheetAt(0);
      List<List<String>> rows = new ArrayList<>();
      for (int r = sheet.getFirstRowNum(); r <= sheet.getLastRowNum() && r >= 0; r++) {
        Row row = sheet.getRow(r);
        List<String> cells = new ArrayList<>();
        if (row != null) {
          for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
            cells.add(text(row.getCell(c)));
          }
        }
        if (cells.stream().anyMatch(v -> !v.isEmpty())) {
          rows.add(cells);
        }
      }
      return rows;
    } catch (IOException | RuntimeException e) {
      throw new Unreadable("The file is not an .xlsx workbook that can be read (" + e.getClass().getSimpleName() + ")", e);
    }
  }

  private static String text(Cell cell) {
    if (cell == null) {
      return "";
    }
    CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    return switch (type) {
      case STRING -> cell.getStringCellValue();
      case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
      case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? day(cell.getLocalDateTimeCellValue()) : number(cell.getNumericCellValue());
      default -> "";
    };
  }

  private static String day(LocalDateTime value) {
    return value.toLocalTime().toSecondOfDay() == 0 ? value.toLocalDate().toString() : value.toString();
  }

  private static String number(double value) {
    BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
    return decimal.scale() < 0 ? decimal.setScale(0).toPlainString() : decimal.toPlainString();
  }
}
