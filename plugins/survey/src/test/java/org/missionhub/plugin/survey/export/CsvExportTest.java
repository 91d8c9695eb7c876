package org.missionhub.plugin.survey.export;

import org.missionhub.plugin.survey.testing.MigratedDatabase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.missionhub.plugin.survey.export.SurveyData.TEMPLATE;
import static org.missionhub.plugin.survey.export.SurveyData.answers;
import static org.missionhub.plugin.survey.export.SurveyData.facts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CsvExportTest {

  private final MigratedDatabase database = MigratedDatabase.migrated();
  private final SurveyData survey = new SurveyData(database);
  private final CsvExport export = new CsvExport(database);

  @AfterEach
  void close() throws Exception {
    database.close();
  }

  @Test
  void everyResponseIsOneCodedRowInTheOrderOfSubmissionWithFreeTextQuoted() throws IOException {
    // given one involved respondent (submitted second) and one who is not (first): its mission questions are hidden
    survey.submit(LocalDate.of(2026, 3, 3), facts("NGO", "DK"), answers(
        "involved", List.of("yes"), "role", List.of("leader"), "country", List.of("DK"), "organisation_type", List.of("ngo"),
        "setting", List.of("bottom_up"), "phase", List.of("middle"), "challenge_field", List.of("health_wellbeing"),
        "characteristics.clear_target", List.of("4"), "characteristics.common_goal", List.of("2"),
        "funding_sources", List.of("eu", "other"), "funding_sources_other", List.of("Lottery, \"Tipsmidler\""),
        "risks", List.of("silos", "momentum"),
        "reflections", List.of("Partners keep us going,\nand \"the municipality\" too")));
    survey.submit(LocalDate.of(2026, 3, 2), facts("FOUNDATION", "FR"), Map.of(
        "involved", List.of("no"), "country", List.of("FR"), "organisation_type", List.of("other"), "organisation_type_other", List.of("Cooperative"),
        "risks", List.of("other"), "risks_other", List.of("Elections"), "challenges", List.of("budget_cycles")));

    // when
    String csv = csv();

    // then
    String notInvolved = String.join(",",
        "1", "2026-03-02", "FOUNDATION", "FR", "IN_PROGRESS", "HYBRID", "HEALTH_WELLBEING", "NONE",
        "no", "", "FR", "other", "Cooperative", // role hidden; "other, specify" as its code and its text
        empty(4 + 5 + 7 + 7 + 10), // the mission and the drivers sections were hidden: empty, not 0
        "0", "0", "0", "0", "1", "Elections", // risks: only "other", with its text
        "0", "0", "1", "0", "", // challenges
        empty(8), // help needed: not answered
        ""); // reflections
    String involved = String.join(",",
        "2", "2026-03-03", "NGO", "DK", "IN_PROGRESS", "HYBRID", "HEALTH_WELLBEING", "NONE",
        "yes", "leader", "DK", "ngo", "",
        "bottom_up", "middle", "health_wellbeing", "",
        "4", "", "2", "", "", // matrix items: the scale code of those answered
        empty(7 + 7), // drivers: optional, not answered
        "0", "0", "0", "1", "0", "0", "0", "0", "1", "\"Lottery, \"\"Tipsmidler\"\"\"", // funding: eu and other, whose text holds a comma and quotes
        "1", "1", "0", "0", "0", "",
        empty(5 + 8),
        "\"Partners keep us going,\nand \"\"the municipality\"\" too\"");
    assertThat(csv).isEqualTo(String.join(",", Codebook.of(TEMPLATE).columnNames()) + "\r\n" + notInvolved + "\r\n" + involved + "\r\n");
  }

  @Test
  void freeTextThatASpreadsheetWouldRunAsAFormulaIsExportedAsText() throws IOException {
    // given a reflection written as a formula by someone in any invited organisation
    survey.submit(LocalDate.of(2026, 3, 2), facts("NGO", "DK"), Map.of(
        "involved", List.of("no"), "country", List.of("DK"), "organisation_type", List.of("other"),
        "organisation_type_other", List.of("@SUM(1+1)"),
        "reflections", List.of("=HYPERLINK(\"http://evil.example\",\"click\")")));

    // when
    String row = csv().split("\r\n")[1];

    // then both texts start with an apostrophe, so that a spreadsheet shows them rather than running them
    assertThat(row).contains(",other,'@SUM(1+1),");
    assertThat(row).endsWith(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"");
  }

  @Test
  void theHeaderHasTheLeadingColumnsThenTheQuestionsColumnsAsTheCodebookNamesThem() throws IOException {
    String header = csv().lines().findFirst().orElseThrow();

    assertThat(header).startsWith("response,submitted_on,fact_organisation_type,fact_country,fact_phase,fact_governance_mode,fact_challenge_area,fact_sector,"
        + "involved,role,country,organisation_type,organisation_type_other,setting,phase,challenge_field,challenge_field_other,"
        + "characteristics.clear_target,characteristics.monitoring_plan,");
    assertThat(header).contains(",risks__silos,risks__momentum,risks__committed_support,risks__reliance_on_individuals,risks__other,risks_other,");
    assertThat(header).endsWith(",help_needed__experimentation,help_needed__other,help_needed_other,reflections");
  }

  @Test
  void nothingThatLeadsToAResponseAPersonAMissionOrAnOrganisationIsExported() throws IOException {
    survey.submit(LocalDate.of(2026, 3, 2), facts("NGO", "DK"), Map.of("involved", List.of("no"), "country", List.of("DK"), "organisation_type", List.of("ngo")));

    String csv = csv();

    assertThat(csv).hasLineCount(2);
    for (String secret : SurveyData.SECRETS) {
      assertThat(csv).doesNotContain(secret);
    }
  }

  @Test
  void aLongExportReportsItsProgressEveryThousandRowsAndCanBeCountedFirst() throws IOException {
    // more than two pages of reading (5,000 rows a transaction), with many responses on each day
    survey.submitMany(12_500);
    List<Long> progress = new ArrayList<>();
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    long rows = export.write(survey.campaignId(), TEMPLATE, out, progress::add);

    assertThat(export.count(survey.campaignId())).isEqualTo(12_500);
    assertThat(rows).isEqualTo(12_500);
    assertThat(progress).hasSize(13).startsWith(1_000L, 2_000L).endsWith(12_000L, 12_500L);
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).hasSize(12_501);
    assertThat(lines.get(12_500)).startsWith("12500,2026-03-20,NGO,DK,");
    // every response once, in the order of submission, across the pages
    List<String> days = lines.subList(1, lines.size()).stream().map(l -> l.split(",")[1]).toList();
    assertThat(days).isSorted();
    assertThat(days.stream().filter("2026-03-01"::equals)).hasSize(625);
  }

  @Test
  void aCampaignWithoutResponsesIsTheHeaderAlone() throws IOException {
    List<Long> progress = new ArrayList<>();
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    long rows = export.write(survey.campaignId(), TEMPLATE, out, progress::add);

    assertThat(rows).isZero();
    assertThat(progress).containsExactly(0L);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(String.join(",", Codebook.of(TEMPLATE).columnNames()) + "\r\n");
  }

  @Test
  void aClientThatGoesAwayEndsTheExportWithTheFailedWrite() {
    survey.submitMany(2_500);

    assertThatThrownBy(() -> export.write(survey.campaignId(), TEMPLATE, new BrokenConnection(10_000)))
        .isInstanceOf(IOException.class).hasMessage("Broken pipe");
    // the database is left as it was, ready for the next export
    assertThat(export.count(survey.campaignId())).isEqualTo(2_500);
  }

  private String csv() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    export.write(survey.campaignId(), TEMPLATE, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  /** {@code n} empty cells. */
  private static String empty(int n) {
    return String.join(",", Collections.nCopies(n, ""));
  }
}
