package org.missionhub.plugin.roadmap.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.missionhub.plugin.roadmap.model.Budget;
import org.missionhub.plugin.roadmap.model.Initiative;
import org.missionhub.plugin.roadmap.model.InitiativeType;
import org.missionhub.plugin.roadmap.model.Lifecycle;
import org.missionhub.plugin.roadmap.model.Objective;
import org.missionhub.plugin.roadmap.model.Portfolio;
import org.missionhub.plugin.roadmap.model.Rag;

class RoadmapFilesTest {

  private final Portfolio portfolio =
      new Portfolio(
          List.of(new Objective("o", "m", 1, "Zero waste", null, 2030, 1)),
          List.of(
              new Initiative(
                  "i", "m", "=HYPERLINK(\"http://evil.example\")", null, InitiativeType.PILOT, "org", null, null, List.of(), List.of("o"),
                  LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), null, null, Lifecycle.ACTIVE, Rag.AMBER, "-5 volunteers",
                  new Budget(new BigDecimal("250000.50"), Currency.getInstance("EUR")), List.of("reuse"), null, 1)),
          List.of(),
          List.of());

  private final List<RoadmapTable> tables = RoadmapTable.of(portfolio, Map.of("org", "Aarhus Kommune"));

  @Test
  void theCsvKeepsAmountsExactAndTextThatWouldRunAsText() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    RoadmapFiles.csv(RoadmapTable.named(tables, "initiatives"), out);

    String csv = out.toString(StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFFtitle,type,owner");
    assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\"").contains("'-5 volunteers").contains("250000.50").contains("Aarhus Kommune").contains("Zero waste");
  }

  @Test
  void theWorkbookHasASheetPerKindWithStringCellsAndNumericAmounts() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    RoadmapFiles.xlsx(tables, out);

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      assertThat(workbook.getNumberOfSheets()).isEqualTo(4);
      var initiatives = workbook.getSheet("initiatives");
      assertThat(initiatives.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.STRING);
      assertThat(initiatives.getRow(1).getCell(0).getStringCellValue()).startsWith("=HYPERLINK");
      assertThat(initiatives.getRow(1).getCell(11).getNumericCellValue()).isEqualTo(250000.5);
    }
  }
}
