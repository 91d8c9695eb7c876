package org.missionhub.plugin.evaluation.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.missionhub.plugin.evaluation.model.Actual;
import org.missionhub.plugin.evaluation.model.Board;
import org.missionhub.plugin.evaluation.model.Calculation;
import org.missionhub.plugin.evaluation.model.Direction;
import org.missionhub.plugin.evaluation.model.Indicator;
import org.missionhub.plugin.evaluation.model.Periodicity;
import org.missionhub.plugin.evaluation.model.Target;
import org.missionhub.plugin.evaluation.model.Texts;
import org.missionhub.plugin.evaluation.model.Verification;

class IndicatorCsvTest {

  @Test
  void oneRowPerIndicatorPeriodAndGroupWithExactValuesAndNoFormulas() throws Exception {
    Indicator waiting = new Indicator("i", "m", "YMH-1", new Texts("=Waiting, over 30 days", null, null), null, "%", Direction.DECREASE, Calculation.LATEST,
        Periodicity.YEARLY, List.of("age group"), null, null, "org", null, null, new BigDecimal("80"), LocalDate.of(2025, 12, 31),
        List.of(new Target(LocalDate.of(2028, 1, 1), new BigDecimal("30"), null)), 1);
    OffsetDateTime at = OffsetDateTime.parse("2027-01-20T09:00:00Z");
    Board board = new Board(List.of(waiting), List.of(
        new Actual("a", "i", LocalDate.of(2026, 1, 1), null, new BigDecimal("70.25"), "Registry", "-5 since last year", Verification.VERIFIED, null, "anna", "Anna", "org", at, 2),
        new Actual("b", "i", LocalDate.of(2026, 1, 1), "age group: 15-19", new BigDecimal("75"), null, null, Verification.REPORTED, null, "anna", "Anna", "org", at, 1)));

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    IndicatorCsv.write(board, IndicatorCsv.names(Map.of("org", "Ministry of Social Affairs")), out);
    String text = out.toString(StandardCharsets.UTF_8);

    assertThat(text).startsWith("\uFEFF");
    List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text.substring(1))).getRecords();
    assertThat(rows).hasSize(3); // 2026 total, 2026 age group, 2028 (target only)
    assertThat(rows.get(0).get("period")).isEqualTo("2026");
    assertThat(rows.get(0).get("value")).isEqualTo("70.25");
    assertThat(rows.get(0).get("target")).isEmpty();
    assertThat(rows.get(0).get("comment")).isEqualTo("'-5 since last year");
    assertThat(rows.get(0).get("name")).isEqualTo("'=Waiting, over 30 days");
    assertThat(rows.get(0).get("reportingOrganisation")).isEqualTo("Ministry of Social Affairs");
    assertThat(rows.get(1).get("disaggregation")).isEqualTo("age group: 15-19");
    assertThat(rows.get(2).get("period")).isEqualTo("2028");
    assertThat(rows.get(2).get("target")).isEqualTo("30");
    assertThat(rows.get(2).get("periodEnd")).isEqualTo("2028-12-31");
    assertThat(rows.get(2).get("value")).isEmpty();
  }
}
