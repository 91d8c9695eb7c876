package org.missionhub.plugin.survey.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CSV formula injection: text a spreadsheet would run as a formula is written as text; numbers stay numbers. */
class CsvWriterTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "=HYPERLINK(\"http://evil.example\",\"click\")",
        "+1+cmd|' /C calc'!A0",
        "-2+3",
        "@SUM(A1:A2)",
        "\t=1+1",
        "\r=1+1",
        "-",
        "=",
        "--5"
      })
  void aCellThatSpreadsheetsWouldRunAsAFormulaStartsWithAnApostrophe(String text) throws IOException {
    assertThat(CsvWriter.neutralised(text)).isEqualTo("'" + text);
    // and the whole cell, quoted where RFC 4180 needs it, starts with the apostrophe
    String row = row(text);
    assertThat(row.startsWith("'") || row.startsWith("\"'")).as(row).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"-3", "+7", "-1.5", "+1.5e3", "-.5", "12", "Plain text", "a=b", "mail@example.org", " =not first"})
  void numbersAndOrdinaryTextAreWrittenAsTheyAre(String text) {
    assertThat(CsvWriter.neutralised(text)).isEqualTo(text);
  }

  @Test
  void theQuotesOfANeutralisedCellAreStillDoubled() throws IOException {
    assertThat(row("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"\r\n");
  }

  private static String row(String value) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CsvWriter csv = new CsvWriter(out);
    csv.field(value).endRow();
    csv.flush();
    return out.toString(StandardCharsets.UTF_8);
  }
}
