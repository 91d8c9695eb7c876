package org.missionhub.it.funding;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.missionhub.it.support.Api;
import org.missionhub.it.support.ApiResponse;
import org.missionhub.it.support.Payloads;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;
import org.missionhub.plugin.testkit.IatiSchema;

/**
 * The funding plan's exports (issue 16): the IATI 2.03 activity file, valid against the official schema,
 * refused naming what is missing (the lead's IATI identifier, an initiative's start) rather than written
 * invalid; the flows as tidy CSV and as a Fiscal Data Package; another organisation gets 404.
 */
class FundingExportIT {

  private final Org lead = Scenario.organisation("export-lead", "NATIONAL_GOVERNMENT", "DK", "roadmap", "evaluation", "funding");
  private final Org partner = Scenario.organisation("export-partner", "FOUNDATION", "DK", "roadmap", "funding");
  private final String mission = Scenario.mission(lead, "Mental health for young people");
  private final String funding = lead.missionPath(mission) + "/funding";

  @Test
  void theIatiFileIsValidOrRefusedNamingWhatIsMissing() throws IOException {
    Scenario.partnership(lead, mission, partner);
    String schools = initiative("Counsellors in every school", "2026-08-01");
    String undated = initiative("Chat line open every evening", null);
    String foundation = created(lead.admin().api().post(funding + "/funders", Payloads.object("organisation", partner.slug(), "sourceType", "PHILANTHROPIC_FOUNDATION")));
    String ministry = created(lead.admin().api().post(funding + "/funders", Payloads.object("name", "Ministry of Health", "sourceType", "NATIONAL_STATE", "instrument", "LOAN")));
    assertThat(lead.admin().api().put(funding + "/needs", Payloads.object("initiative", schools, "year", 2027, "amount", "100000.00", "currency", "EUR"), null).status())
        .isEqualTo(200);
    for (String stage : List.of("PLEDGE", "COMMITMENT", "DISBURSEMENT", "EXPENDITURE")) {
      created(lead.admin().api().post(funding + "/flows", Payloads.object("funder", foundation, "initiative", schools, "stage", stage, "date", "2026-09-01",
          "amount", "1000.00", "currency", "EUR", "note", "=HYPERLINK(\"http://evil\")")));
    }
    created(lead.admin().api().post(funding + "/flows", Payloads.object("funder", ministry, "initiative", undated, "stage", "COMMITMENT", "date", "2026-10-01",
        "amount", "5000.00", "currency", "EUR", "conditional", true)));

    ApiResponse refused = lead.admin().api().get(funding + "/export/iati.xml");
    assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
    assertThat(refused.json().getString("detail")).contains("export-lead", "IATI organisation identifier", "\"Chat line open every evening\" has no planned start");

    ApiResponse profile = lead.admin().api().get(lead.path());
    ApiResponse identified = lead.admin().api().put(lead.path(), Payloads.object("name", profile.json().getString("name"), "type", "NATIONAL_GOVERNMENT", "country", "DK",
        "iatiIdentifier", "DK-CVR-20228799"), profile.etag());
    assertThat(identified.status()).as(identified.toString()).isEqualTo(200);
    ApiResponse stillRefused = lead.admin().api().get(funding + "/export/iati.xml");
    assertThat(stillRefused.status()).isEqualTo(409);
    assertThat(stillRefused.json().getString("detail")).doesNotContain("identifier").contains("Chat line");
    ApiResponse dated = lead.admin().api().get(lead.missionPath(mission) + "/roadmap/initiatives/" + undated);
    assertThat(lead.admin().api().put(lead.missionPath(mission) + "/roadmap/initiatives/" + undated,
        Payloads.object("title", "Chat line open every evening", "type", "PROGRAMME", "start", "2027-01-01"), dated.etag()).status()).isEqualTo(200);

    // the evaluation plugin's indicator, with its baseline, target and a total reported, is the mission's result
    ApiResponse indicator = lead.admin().api().post(lead.missionPath(mission) + "/evaluation/indicators", Payloads.object(
        "code", "YMH-1", "name", Payloads.nested("en", "Young people waiting more than 30 days for help", "fr", "Jeunes attendant plus de 30 jours"),
        "unit", "%", "direction", "DECREASE", "calculation", "LATEST", "periodicity", "YEARLY", "reporter", lead.slug(), "baseline", "80", "baselineDate", "2025-12-31",
        "targets", List.of((Object) Payloads.nested("period", "2028", "value", "30"))));
    assertThat(indicator.status()).as(indicator.toString()).isEqualTo(201);
    ApiResponse reported = lead.admin().api().post(lead.missionPath(mission) + "/evaluation/indicators/" + indicator.json().getString("id") + "/actuals",
        Payloads.object("period", "2026", "value", "70"));
    assertThat(reported.status()).as(reported.toString()).isEqualTo(201);

    // the partner's people export the same file, reported by the lead
    Api.Download iati = partner.admin().api().download(partner.missionPath(mission) + "/funding/export/iati.xml");
    assertThat(iati.status()).as(new String(iati.body(), StandardCharsets.UTF_8)).isEqualTo(200);
    assertThat(iati.contentType()).startsWith("application/xml");
    assertThat(iati.disposition()).contains("-iati.xml");
    assertThat(new IatiSchema().problems(iati.body())).as(new String(iati.body(), StandardCharsets.UTF_8)).isEmpty();
    String xml = new String(iati.body(), StandardCharsets.UTF_8);
    assertThat(xml).contains("<iati-identifier>DK-CVR-20228799-" + mission + "</iati-identifier>", "<iati-identifier>DK-CVR-20228799-" + schools + "</iati-identifier>",
        "<transaction-type code=\"13\"", "<transaction-type code=\"11\"", "<transaction-type code=\"1\"", "<transaction-type code=\"4\"", "<finance-type code=\"410\"",
        "Conditional commitment", "<budget type=\"1\" status=\"1\"", "<related-activity ref=\"DK-CVR-20228799-" + mission + "\" type=\"1\"");
    assertThat(xml).contains("<result type=\"9\">", "<indicator measure=\"2\" ascending=\"0\">", "<reference vocabulary=\"99\" code=\"YMH-1\"",
        "<narrative xml:lang=\"fr\">Jeunes attendant plus de 30 jours</narrative>", "<baseline year=\"2025\" iso-date=\"2025-12-31\" value=\"80\"",
        "<period-start iso-date=\"2026-01-01\"", "<actual value=\"70\"", "<period-end iso-date=\"2028-12-31\"", "<target value=\"30\"");

    Org outsider = Scenario.organisation("export-outsider", "NGO", "FR", "roadmap", "funding");
    for (String file : List.of("iati.xml", "flows.csv", "fiscal-data-package.zip")) {
      assertThat(outsider.admin().api().get(outsider.missionPath(mission) + "/funding/export/" + file).status()).as(file).isEqualTo(404);
    }
  }

  @Test
  void theFlowsAreTidyCsvAndAFiscalDataPackage() throws IOException {
    String schools = initiative("Counsellors in every school", "2026-08-01");
    String ministry = created(lead.admin().api().post(funding + "/funders", Payloads.object("name", "Ministry of Health", "sourceType", "NATIONAL_STATE")));
    // the rates come from a spreadsheet's CSV (semicolons, decimal commas); a wrong file is refused by row and column, nothing added
    ApiResponse wrong = lead.admin().api().send("POST", funding + "/rates/import", "currency;from;rate\nDKK;2026-01-01;0,1341\nXAU;2026-13-01;-1\n",
        Map.of("Content-Type", "text/csv"));
    assertThat(wrong.status()).as(wrong.toString()).isEqualTo(400);
    assertThat(wrong.json().getJsonArray("errors").getValuesAs(JsonObject.class)).extracting(e -> e.getString("field"))
        .containsExactly("rows[3].currency", "rows[3].from", "rows[3].rate");
    assertThat(lead.admin().api().get(funding).json().getJsonObject("rates").getJsonArray("rates")).isEmpty();
    ApiResponse imported = lead.admin().api().send("POST", funding + "/rates/import", "currency;from;rate\nDKK;2026-01-01;0,1341\nGBP;2026-01-01;1,17\n",
        Map.of("Content-Type", "text/csv"));
    assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
    assertThat(imported.json().getJsonArray("rates").getValuesAs(JsonObject.class)).extracting(r -> r.getString("currency") + " " + r.getString("rate"))
        .containsExactlyInAnyOrder("DKK 0.1341", "GBP 1.17");
    created(lead.admin().api().post(funding + "/flows", Payloads.object("funder", ministry, "initiative", schools, "stage", "COMMITMENT", "date", "2026-09-01",
        "amount", "600000.00", "currency", "DKK", "note", "=HYPERLINK(\"http://evil\")")));

    Api.Download csv = lead.admin().api().download(funding + "/export/flows.csv");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    List<String> lines = new String(csv.body(), StandardCharsets.UTF_8).replace("\uFEFF", "").lines().toList();
    assertThat(lines.get(0)).startsWith("flow,date,stage,iatiTransactionType,amount,currency,amountInMissionCurrency,missionCurrency,");
    // 600,000 DKK x 0.1341 = 80,460.00 EUR; the note cannot run as a formula
    assertThat(lines.get(1)).contains(",2026-09-01,COMMITMENT,11,600000.00,DKK,80460.00,EUR,false,false,,", "Ministry of Health", "NATIONAL_STATE", "Counsellors in every school",
        "'=HYPERLINK");

    Api.Download zip = lead.admin().api().download(funding + "/export/fiscal-data-package.zip");
    assertThat(zip.status()).isEqualTo(200);
    Map<String, byte[]> entries = unzip(zip.body());
    assertThat(entries).containsOnlyKeys("datapackage.json", "flows.csv");
    JsonObject descriptor = Json.createReader(new StringReader(new String(entries.get("datapackage.json"), StandardCharsets.UTF_8))).readObject();
    assertThat(descriptor.getString("profile")).isEqualTo("fiscal-data-package");
    JsonObject resource = descriptor.getJsonArray("resources").getJsonObject(0);
    assertThat(resource.getString("path")).isEqualTo("flows.csv");
    List<String> fields = resource.getJsonObject("schema").getJsonArray("fields").getValuesAs(JsonObject.class).stream().map(f -> f.getString("name")).toList();
    assertThat(String.join(",", fields)).as("one field per column, in order").isEqualTo(lines.get(0));
    assertThat(descriptor.getJsonObject("model").getJsonObject("measures").getJsonObject("amount").getString("currency")).isEqualTo("EUR");
    assertThat(descriptor.getJsonObject("model").getJsonObject("dimensions").keySet()).contains("date", "funder", "initiative", "stage", "sourceType");
    assertThat(new String(entries.get("flows.csv"), StandardCharsets.UTF_8)).isEqualTo(new String(csv.body(), StandardCharsets.UTF_8));
    assertThat(descriptor.get("name")).isInstanceOf(JsonString.class);
  }

  private String initiative(String title, String start) {
    ApiResponse added = lead.admin().api().post(lead.missionPath(mission) + "/roadmap/initiatives", Payloads.object("title", title, "type", "PROGRAMME", "start", start));
    assertThat(added.status()).as(added.toString()).isEqualTo(201);
    return added.json().getString("id");
  }

  private static String created(ApiResponse response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(201);
    return response.json().getString("id");
  }

  private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    Map<String, byte[]> entries = new HashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        entries.put(entry.getName(), in.readAllBytes());
      }
    }
    return entries;
  }
}
