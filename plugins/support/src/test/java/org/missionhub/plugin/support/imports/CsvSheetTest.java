package org.missionhub.plugin.support.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.missionhub.api.plugin.PluginProblem;

class CsvSheetTest {

  @Test
  void rowsAreNumberedAsInTheSpreadsheetEvenWithCellsOverSeveralLines() {
    CsvSheet sheet = CsvSheet.parse("\uFEFFTitle,Type\nRepair cafés,PILOT\n\"Two\nlines\",PROJECT\n\nLast,POLICY\n");

    assertThat(sheet.columns()).containsExactly("title", "type");
    assertThat(sheet.rows()).extracting(CsvSheet.Row::number).containsExactly(2L, 3L, 4L);
    assertThat(sheet.rows().get(0).get("title")).isEqualTo("Repair cafés");
    assertThat(sheet.rows().get(1).get("title")).isEqualTo("Two\nlines");
  }

  @Test
  void readsSemicolonsAsSpreadsheetsInDanishAndFrenchSaveThem() {
    CsvSheet sheet = CsvSheet.parse("title;budget;contributors\nChat line;1250,50;\"ngo; city\"\n");

    assertThat(sheet.rows().get(0).cells()).containsEntry("budget", "1250,50").containsEntry("contributors", "ngo; city");
  }

  @Test
  void aFileSavedWithSemicolonsWritesItsDecimalsWithAComma() {
    CsvSheet danish = CsvSheet.parse("indicator;value\nA;1.250,5\nB;12\n");
    CsvSheet english = CsvSheet.parse("indicator,value\nA,\"1,250\"\nB,12.5\n");

    assertThat(danish.delimiter()).isEqualTo(';');
    assertThat(danish.number("1.250,5")).isEqualTo("1250.5");
    assertThat(danish.number("12")).isEqualTo("12");
    assertThat(english.number("1,250")).isEqualTo("1,250");
    assertThat(english.number("12.5")).isEqualTo("12.5");
    assertThat(english.number(null)).isNull();
  }

  @Test
  void blankCellsAreAbsentAndTheExportsApostropheBeforeAFormulaIsTakenOff() {
    CsvSheet sheet = CsvSheet.parse("title,ragReason,tags\n'=1+1,  ,'it's fine\n");

    assertThat(sheet.rows().get(0).cells()).containsOnlyKeys("title", "tags");
    assertThat(sheet.rows().get(0).get("title")).isEqualTo("=1+1");
    assertThat(sheet.rows().get(0).get("tags")).isEqualTo("'it's fine");
  }

  @Test
  void aFileThatIsNotUtf8IsReadAsWindows1252() {
    byte[] bytes = "title\nCafé réparation\n".getBytes(Charset.forName("windows-1252"));

    CsvSheet sheet = CsvSheet.read(new ByteArrayInputStream(bytes));

    assertThat(sheet.rows().get(0).get("title")).isEqualTo("Café réparation");
  }

  @Test
  void refusesEmptyFilesRepeatedColumnsBrokenQuotesAndTooManyRows() {
    assertThatThrownBy(() -> CsvSheet.parse("  ")).isInstanceOf(PluginProblem.class).satisfies(e -> assertThat(((PluginProblem) e).field()).isEqualTo("file"));
    assertThatThrownBy(() -> CsvSheet.parse("title,Title\na,b\n")).isInstanceOf(PluginProblem.class).hasMessageContaining("twice");
    assertThatThrownBy(() -> CsvSheet.parse("title\n\"never closed\n")).isInstanceOf(PluginProblem.class).satisfies(e -> assertThat(((PluginProblem) e).field()).isEqualTo("file"));
    String many = "title\n" + "x\n".repeat(CsvSheet.MAX_ROWS + 1);
    assertThatThrownBy(() -> CsvSheet.parse(many)).isInstanceOf(PluginProblem.class).hasMessageContaining("import it in parts");
    byte[] large = new byte[CsvSheet.MAX_BYTES + 1];
    java.util.Arrays.fill(large, (byte) 'x');
    assertThatThrownBy(() -> CsvSheet.read(new ByteArrayInputStream(large))).isInstanceOf(PluginProblem.class).hasMessageContaining("1 MiB");
  }

  @Test
  void utf8IsReadAsUtf8() {
    CsvSheet sheet = CsvSheet.read(new ByteArrayInputStream("title\nNæste skridt\n".getBytes(StandardCharsets.UTF_8)));

    assertThat(sheet.rows().get(0).get("title")).isEqualTo("Næste skridt");
  }
}
