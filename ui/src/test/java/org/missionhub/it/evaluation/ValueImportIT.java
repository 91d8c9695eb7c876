package org.missionhub.it.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionhub.it.support.ApiResponse;
import org.missionhub.it.support.Payloads;
import org.missionhub.it.support.Person;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;

/**
 * CSV import of reported values through the API: a dry run names every problem by row and column and
 * changes nothing, a file with a problem is refused whole, a good one (semicolons and decimal commas, as a
 * Danish spreadsheet saves) is imported whole, the export itself imports as "unchanged", and a value given
 * differently is corrected only when the import replaces reported values. A partner's implementer imports
 * only the indicators its organisation reports, an observer not at all, an outsider gets 404.
 */
class ValueImportIT {

  private final Org lead = Scenario.organisation("value-import-lead", "NATIONAL_GOVERNMENT", "DK", "roadmap", "evaluation");
  private final Org partner = Scenario.organisation("value-import-partner", "NGO", "DK", "roadmap", "evaluation");
  private final String mission = Scenario.mission(lead, "Mental health for young people");
  private final String evaluation = lead.missionPath(mission) + "/evaluation";

  private String indicator(String code, String periodicity, String reporter) {
    return Payloads.object(
        "code", code, "name", Payloads.nested("en", "Young people waiting more than 30 days for help"), "unit", "%", "direction", "DECREASE",
        "calculation", "LATEST", "periodicity", periodicity, "disaggregations", List.of("age group"), "reporter", reporter, "baseline", "80",
        "baselineDate", "2024-12-31", "targets", List.of((Object) Payloads.nested("period", periodicity.equals("YEARLY") ? "2028" : "2028-Q4", "value", "30")));
  }

  @Test
  void aDryRunNamesEveryProblemAndOnlyAWholeGoodFileIsImported() {
    lead.admin().api().post(evaluation + "/indicators", indicator("YMH-1", "YEARLY", lead.slug()));
    String id = indicatorIn("YMH-1").getString("id");
    assertThat(lead.admin().api().post(evaluation + "/indicators/" + id + "/actuals", Payloads.object("period", "2025", "value", "75")).status()).isEqualTo(201);
    String header = "indicator,period,disaggregation,value,source,comment\n";
    String broken = header
        + "YMH-7,2025,,70,,\n"                        // row 2: no such indicator
        + "YMH-1,2026-Q1,,70,,\n"                     // row 3: not a yearly period
        + "YMH-1,2024,,a lot,,\n"                     // row 4: not a number
        + "YMH-1,2030,,40,,\n"                        // row 5: a period that has not begun
        + "YMH-1,2026,region: north,60,,\n"           // row 6: not one of its disaggregations
        + "YMH-1,2026,,62,,\n"                        // row 7: good
        + "YMH-1,2026,,63,,\n"                        // row 8: repeats row 7
        + "YMH-1,2025,,74,,\n"                        // row 9: 2025 is reported already as 75
        + ",2025,,1,,\n"                              // row 10: no indicator
        + "YMH-1,2028,,,,target only\n";              // row 11: no value, skipped

    // a dry run: every problem with its row and column, nothing imported
    JsonObject dryRun = importFile("values?dryRun=true", broken, 200);
    assertThat(dryRun.getBoolean("ok")).isFalse();
    assertThat(dryRun.getInt("rows")).isEqualTo(10);
    assertThat(dryRun.getInt("skipped")).isEqualTo(1);
    assertThat(problems(dryRun)).containsExactly("2:indicator", "3:period", "4:value", "5:period", "6:disaggregation", "8:period", "9:value", "10:indicator");
    assertThat(values()).containsExactly("2025||75");

    // for real: refused whole (the good row 7 is not imported either), each field named
    ApiResponse refused = lead.admin().api().upload(evaluation + "/import/values", broken.getBytes(StandardCharsets.UTF_8), "text/csv");
    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.json().getJsonArray("errors").getValuesAs(JsonObject.class)).extracting(e -> e.getString("field")).contains("rows[2].indicator", "rows[9].value");
    assertThat(values()).containsExactly("2025||75");

    // fixed, as a Danish spreadsheet saves it: semicolons, decimal commas; the 2025 row says what is reported
    String good = header.replace(',', ';')
        + "ymh-1;2026;;62,5;Registry extract;\n"
        + "YMH-1;2026;Age group: 15-19;1.070,25;;\"checked; twice\"\n"
        + "YMH-1;2025;;75;;\n";
    JsonObject check = importFile("values?dryRun=true", good, 200);
    assertThat(check.getBoolean("ok")).as(check.toString()).isTrue();
    assertThat(check.getInt("added")).isEqualTo(2);
    assertThat(check.getInt("unchanged")).isEqualTo(1);
    assertThat(values()).containsExactly("2025||75");
    JsonObject done = importFile("values", good, 200);
    assertThat(done.getInt("added")).isEqualTo(2);
    assertThat(values()).containsExactlyInAnyOrder("2025||75", "2026||62.5", "2026|age group: 15-19|1070.25");
    JsonObject groupValue = indicatorIn("YMH-1").getJsonArray("actuals").getValuesAs(JsonObject.class).stream()
        .filter(a -> a.getString("disaggregation", "").startsWith("age")).findFirst().orElseThrow();
    assertThat(groupValue.getString("comment")).isEqualTo("checked; twice");
    assertThat(groupValue.getString("verification")).isEqualTo("REPORTED");

    // the export, downloaded and imported as it is, changes nothing: its target-only row is skipped
    byte[] export = lead.admin().api().download(evaluation + "/export").body();
    JsonObject again = importFile("values?dryRun=true", new String(export, StandardCharsets.UTF_8), 200);
    assertThat(again.getBoolean("ok")).as(again.toString()).isTrue();
    assertThat(again.getInt("unchanged")).isEqualTo(3);
    assertThat(again.getInt("skipped")).isEqualTo(1);
    assertThat(again.getInt("added") + again.getInt("corrected")).isZero();

    // a value given differently is a problem, unless the import replaces reported values: then a correction
    String correction = header + "YMH-1,2025,,74,Registry extract (revised),\n";
    assertThat(problems(importFile("values?dryRun=true", correction, 200))).containsExactly("2:value");
    JsonObject replaced = importFile("values?replace=true", correction, 200);
    assertThat(replaced.getInt("corrected")).isEqualTo(1);
    assertThat(values()).contains("2025||74").doesNotContain("2025||75");

    // not a table, or an unknown column: named
    ApiResponse notCsv = lead.admin().api().upload(evaluation + "/import/values", "indicator\n\"never closed\n".getBytes(StandardCharsets.UTF_8), "text/csv");
    assertThat(notCsv.status()).isEqualTo(400);
    assertThat(notCsv.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("file");
    assertThat(problems(importFile("values?dryRun=true", "indicator,period,value,colour\nYMH-1,2025,1,red\n", 200))).containsExactly("1:colour");
    assertThat(problems(importFile("values?dryRun=true", "indicator,value\nYMH-1,1\n", 200))).containsExactly("1:period");
    assertThat(lead.admin().api().upload(evaluation + "/import/targets", good.getBytes(StandardCharsets.UTF_8), "text/csv").status()).isEqualTo(404);
  }

  @Test
  void aPartnerImportsOnlyWhatItReportsAnObserverNothingAnOutsiderSeesNothing() {
    Scenario.partnership(lead, mission, partner);
    Person implementer = Scenario.member(partner, "MEMBER");
    Scenario.role(lead, mission, implementer, partner.slug(), "IMPLEMENTER");
    Person observer = Scenario.member(partner, "MEMBER");
    Scenario.role(lead, mission, observer, partner.slug(), "OBSERVER");
    lead.admin().api().post(evaluation + "/indicators", indicator("YMH-1", "YEARLY", lead.slug()));
    lead.admin().api().post(evaluation + "/indicators", indicator("YMH-2", "QUARTERLY", partner.slug()));
    String theirs = partner.missionPath(mission) + "/evaluation/import/values";
    byte[] file = "indicator,period,value\nYMH-2,2026-Q1,55\nYMH-1,2026,60\n".getBytes(StandardCharsets.UTF_8);

    ApiResponse mixed = implementer.api().upload(theirs + "?dryRun=true", file, "text/csv");
    assertThat(mixed.status()).as(mixed.toString()).isEqualTo(200);
    assertThat(problems(mixed.json())).containsExactly("3:indicator");
    assertThat(observer.api().upload(theirs + "?dryRun=true", file, "text/csv").status()).isEqualTo(403);
    ApiResponse own = implementer.api().upload(theirs, "indicator,period,value\nYMH-2,2026-Q1,55\n".getBytes(StandardCharsets.UTF_8), "text/csv");
    assertThat(own.status()).as(own.toString()).isEqualTo(200);
    assertThat(indicatorIn("YMH-2").getJsonArray("actuals").getJsonObject(0).getJsonObject("reportingOrganisation").getString("slug")).isEqualTo(partner.slug());

    Org outsider = Scenario.organisation("value-import-outsider", "NGO", "FR", "roadmap", "evaluation");
    assertThat(outsider.admin().api().upload(outsider.missionPath(mission) + "/evaluation/import/values", file, "text/csv").status()).isEqualTo(404);
    assertThat(indicatorIn("YMH-1").getJsonArray("actuals")).isEmpty();
  }

  private JsonObject importFile(String pathAndQuery, String csv, int status) {
    ApiResponse response = lead.admin().api().upload(evaluation + "/import/" + pathAndQuery, csv.getBytes(StandardCharsets.UTF_8), "text/csv");
    assertThat(response.status()).as(response.toString()).isEqualTo(status);
    return response.json();
  }

  private static List<String> problems(JsonObject report) {
    return report.getJsonArray("problems").getValuesAs(JsonObject.class).stream().map(p -> p.getInt("row") + ":" + p.getString("column")).toList();
  }

  private JsonObject indicatorIn(String code) {
    return lead.admin().api().get(evaluation).json().getJsonArray("indicators").getValuesAs(JsonObject.class).stream()
        .filter(i -> i.getString("code").equals(code)).findFirst().orElseThrow();
  }

  private List<String> values() {
    return indicatorIn("YMH-1").getJsonArray("actuals").getValuesAs(JsonObject.class).stream()
        .map(a -> a.getString("period") + "|" + a.getString("disaggregation", "") + "|" + a.getString("value")).toList();
  }
}
