package org.missionhub.it.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.missionhub.it.survey.Campaigns.CAMPAIGNS;
import static org.missionhub.it.survey.Campaigns.analyst;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionhub.it.support.ApiResponse;
import org.missionhub.it.support.Scenario;

/**
 * Responses collected elsewhere imported into a closed campaign through the API (on both databases: on
 * PostgreSQL the responses pass row-level security under no organisation): a dry run reports each column
 * and problem, a file with a problem stores nothing, a clean one becomes a closed campaign whose published
 * results count exactly the file's answers.
 */
class ResponseImportIT {

  private static final String IMPORTS = "/api/v1/platform/survey/imports";
  private static final String HEADER = "involved;role;country;organisation_type;fact_organisation_type;fact_country;fact_phase;fact_governance_mode;fact_challenge_area;_uuid";

  @Test
  void pastResponsesBecomeAClosedCampaignWithTheirResults() {
    String instrument = Campaigns.publishedTemplate();
    StringBuilder csv = new StringBuilder(HEADER).append('\n');
    for (int i = 0; i < 12; i++) {
      csv.append("Yes;").append(i < 7 ? "Leader" : "coordinator").append(";DK;ngo;NGO;DK;IN_PROGRESS;TOP_DOWN;DIGITAL;uuid-").append(i).append('\n');
    }

    // a dry run (the default) reports how each column is read, and stores nothing
    ApiResponse dry = analyst().post(IMPORTS, form(instrument, csv.toString(), null));
    assertThat(dry.status()).as(dry.toString()).isEqualTo(200);
    assertThat(dry.json().getBoolean("dryRun")).isTrue();
    assertThat(dry.json().getInt("rows")).isEqualTo(12);
    assertThat(dry.json().getJsonArray("problems")).isEmpty();
    assertThat(dry.json().getJsonArray("columns").getValuesAs(JsonObject.class)).anySatisfy(c -> {
      assertThat(c.getString("column")).isEqualTo("_uuid");
      assertThat(c.getString("readAs")).isEqualTo("ignored");
    });

    // a file with a problem is refused whole, naming its row and column
    String broken = csv + "Perhaps;leader;DK;ngo;NGO;DK;IN_PROGRESS;TOP_DOWN;DIGITAL;uuid-x\n";
    ApiResponse refused = analyst().post(IMPORTS, form(instrument, broken, false));
    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("rows[13].involved");
    ApiResponse reported = analyst().post(IMPORTS, form(instrument, broken, true));
    assertThat(reported.json().getJsonArray("problems").getJsonObject(0).getInt("row")).isEqualTo(13);
    long before = analyst().get(CAMPAIGNS).array().size();

    // an .xlsx export (its first sheet) is read the same way; a form with both files or neither is refused
    byte[] workbook = XlsForms.workbook(new String[][] {HEADER.split(";"), "Yes;Leader;DK;ngo;NGO;DK;IN_PROGRESS;TOP_DOWN;DIGITAL;uuid-w".split(";")}, new String[][] {{"x"}});
    ApiResponse sheet = analyst().post(IMPORTS, Json.createObjectBuilder(Json.createReader(new java.io.StringReader(form(instrument, "", true))).readObject())
        .remove("csv").add("xlsx", java.util.Base64.getEncoder().encodeToString(workbook)).build().toString());
    assertThat(sheet.status()).as(sheet.toString()).isEqualTo(200);
    assertThat(sheet.json().getInt("rows")).isEqualTo(1);
    assertThat(sheet.json().getJsonArray("problems")).isEmpty();
    ApiResponse both = analyst().post(IMPORTS, Json.createObjectBuilder(Json.createReader(new java.io.StringReader(form(instrument, csv.toString(), true))).readObject())
        .add("xlsx", java.util.Base64.getEncoder().encodeToString(workbook)).build().toString());
    assertThat(both.status()).isEqualTo(400);
    assertThat(both.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("csv");

    // only analysts import
    assertThat(Scenario.organisation("import-other").admin().api().post(IMPORTS, form(instrument, csv.toString(), false)).status()).isEqualTo(403);

    // the clean file imports into a closed campaign
    ApiResponse imported = analyst().post(IMPORTS, form(instrument, csv.toString(), false));
    assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
    String campaign = imported.json().getString("campaignId");
    assertThat(imported.header("Location")).endsWith("/api/v1/platform/survey/campaigns/" + campaign);
    assertThat(imported.json().getInt("imported")).isEqualTo(12);
    assertThat(analyst().get(CAMPAIGNS).array()).hasSize((int) before + 1);
    JsonObject stored = analyst().get(CAMPAIGNS + "/" + campaign).json();
    assertThat(stored.getString("status")).isEqualTo("CLOSED");
    assertThat(analyst().get(CAMPAIGNS + "/" + campaign + "/progress").json().getInt("submitted")).isEqualTo(12);

    // published like any campaign, its results count the file's answers
    ApiResponse published = analyst().postAction(CAMPAIGNS + "/" + campaign + "/publish", analyst().get(CAMPAIGNS + "/" + campaign).etag());
    assertThat(published.status()).as(published.toString()).isEqualTo(200);
    JsonObject role = analyst().get(CAMPAIGNS + "/" + campaign + "/results/role").json();
    assertThat(role.getInt("respondents")).isEqualTo(12);
    var cells = role.getJsonObject("overall").getJsonArray("rows").getJsonObject(0).getJsonArray("cells").getValuesAs(JsonObject.class);
    assertThat(cells).filteredOn(c -> c.getString("category").equals("leader")).singleElement().satisfies(c -> assertThat(c.getInt("count")).isEqualTo(7));
    assertThat(cells).filteredOn(c -> c.getString("category").equals("coordinator")).singleElement().satisfies(c -> assertThat(c.getInt("count")).isEqualTo(5));


    // a row that names a MissionHub organisation is stored as that organisation's (under its row-level security on
    // PostgreSQL), with its type and country; an unknown one is a problem of its row
    var ngo = Scenario.organisation("import-ngo", "NGO", "SE");
    String named = "organisation;involved;fact_phase;fact_governance_mode;fact_challenge_area\n" + ngo.slug() + ";yes;IN_PROGRESS;HYBRID;MOBILITY\n";
    ApiResponse unknown = analyst().post(IMPORTS, form(instrument, named + "no-such-org;yes;IN_PROGRESS;HYBRID;MOBILITY\n", true));
    assertThat(unknown.json().getJsonArray("problems").getValuesAs(JsonObject.class)).singleElement()
        .satisfies(p -> assertThat(p.getString("column")).isEqualTo("organisation"));
    ApiResponse theirs = analyst().post(IMPORTS, form(instrument, named, false));
    assertThat(theirs.status()).as(theirs.toString()).isEqualTo(201);
    String byName = theirs.json().getString("campaignId");
    assertThat(analyst().get(CAMPAIGNS + "/" + byName + "/progress").json().getInt("respondingOrganisations")).isEqualTo(1);
    assertThat(analyst().get(CAMPAIGNS + "/" + byName + "/progress").json().getJsonObject("submittedByOrganisationType").getInt("NGO")).isEqualTo(1);
  }

  private static String form(String instrument, String csv, Boolean dryRun) {
    var form = Json.createObjectBuilder()
        .add("title", "Mission practitioners 2024, collected elsewhere")
        .add("instrument", Json.createObjectBuilder().add("code", instrument).add("version", 1))
        .add("collectedFrom", "2024-03-01")
        .add("collectedTo", "2024-04-15")
        .add("minimumCellSize", 5)
        .add("fileName", "kobo-export.csv")
        .add("csv", csv);
    if (dryRun != null) {
      form.add("dryRun", dryRun);
    }
    return form.build().toString();
  }
}
