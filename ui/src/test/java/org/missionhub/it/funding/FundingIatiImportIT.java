package org.missionhub.it.funding;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.missionhub.it.support.ApiResponse;
import org.missionhub.it.support.Payloads;
import org.missionhub.it.support.Person;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;
import org.missionhub.plugin.testkit.IatiFiles;

/**
 * Importing funding from IATI activity files written by other publishers (issue 16): a dry run says what one
 * activity would add — the publisher as a new funder, its outgoing commitments and disbursements, what is
 * skipped and why — and writes nothing; the import writes it, and again adds nothing; broken, hostile and
 * wrong files are refused naming the line, nothing half-written; only the leaders import; others get 404.
 */
class FundingIatiImportIT {

  private final Org lead = Scenario.organisation("iati-lead", "NATIONAL_GOVERNMENT", "DK", "roadmap", "funding");
  private final String mission = Scenario.mission(lead, "Mental health for young people");
  private final String funding = lead.missionPath(mission) + "/funding";

  @Test
  void anActivityOfAnotherPublishersFileBecomesTheInitiativesFunding() {
    String schools = initiative("Counsellors in every school");
    assertThat(lead.admin().api().put(funding + "/rates", Payloads.object("currency", "EUR",
        "rates", List.of((Object) Payloads.nested("currency", "DKK", "from", "2026-01-01", "rate", "0.1341"))), null).status()).isEqualTo(200);

    // the dry run: the foundation is a new funder; its commitment and disbursement are added, its own income and spending skipped
    JsonObject dry = importing("foundation-grants.xml", "initiative=" + schools + "&dryRun=true").json();
    assertThat(dry.getJsonArray("problems")).isEmpty();
    assertThat(dry.getString("activity")).isEqualTo("XI-IATI-NYF-2026-014");
    assertThat(dry.getString("funderName")).isEqualTo("Nordic Youth Foundation");
    assertThat(dry.getBoolean("newFunder")).isTrue();
    assertThat(dry.getString("sourceType")).isEqualTo("PHILANTHROPIC_FOUNDATION");
    assertThat(dry.getJsonArray("added").getValuesAs(JsonObject.class)).extracting(a -> a.getString("stage") + " " + a.getString("amount") + " " + a.getString("currency"))
        .containsExactly("COMMITMENT 1500000.00 DKK", "DISBURSEMENT 500000.00 DKK");
    assertThat(dry.getJsonArray("skipped").getValuesAs(JsonObject.class)).extracting(s -> s.getString("type")).containsExactly("1", "4");
    assertThat(lead.admin().api().get(funding).json().getJsonArray("funders")).as("a dry run writes nothing").isEmpty();

    // the import writes it; again, it adds nothing
    ApiResponse done = importing("foundation-grants.xml", "initiative=" + schools);
    assertThat(done.status()).as(done.toString()).isEqualTo(200);
    JsonObject plan = lead.admin().api().get(funding).json();
    assertThat(plan.getJsonArray("funders").getValuesAs(JsonObject.class)).extracting(f -> f.getString("name")).containsExactly("Nordic Youth Foundation");
    assertThat(plan.getJsonArray("flows")).hasSize(2);
    // 1,500,000 DKK x 0.1341 = 201,150.00 EUR committed
    assertThat(plan.getJsonArray("gaps").getJsonObject(0).getString("committed")).isEqualTo("201150.00");
    JsonObject again = importing("foundation-grants.xml", "initiative=" + schools).json();
    assertThat(again.getBoolean("newFunder")).isFalse();
    assertThat(again.getJsonArray("added")).isEmpty();
    assertThat(again.getInt("unchanged")).isEqualTo(2);
    assertThat(lead.admin().api().get(funding).json().getJsonArray("flows")).hasSize(2);

    // a file of several activities names the one to import; a ministry (IATI type 10) is a national-state funder
    ApiResponse unnamed = importing("ministry-several.xml", "initiative=" + schools);
    assertThat(field(unnamed)).isEqualTo("activity");
    assertThat(unnamed.json().getJsonArray("errors").getJsonObject(0).getString("message")).contains("XM-DAC-99-1-2026-01", "XM-DAC-99-1-2026-02");
    JsonObject ministry = importing("ministry-several.xml", "initiative=" + schools + "&activity=XM-DAC-99-1-2026-01").json();
    assertThat(ministry.getString("sourceType")).isEqualTo("NATIONAL_STATE");
    assertThat(ministry.getJsonArray("added").getValuesAs(JsonObject.class)).extracting(a -> a.getString("stage")).containsExactly("PLEDGE", "COMMITMENT");
  }

  @Test
  void wrongBrokenAndHostileFilesAreRefusedNamingTheLineAndNothingIsWritten() {
    String schools = initiative("Counsellors in every school");
    // more disbursed than committed, and a currency that is not one: nothing of the file is written, not even its funder
    ApiResponse bad = importing("bad-values.xml", "initiative=" + schools);
    assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
    assertThat(bad.json().getJsonArray("errors").getValuesAs(JsonObject.class)).extracting(e -> e.getString("field"))
        .containsExactly("transactions[2].amount", "transactions[3].currency");
    assertThat(bad.json().getJsonArray("errors").getJsonObject(0).getString("message")).startsWith("line 12: ");
    assertThat(lead.admin().api().get(funding).json().getJsonArray("funders")).isEmpty();

    for (String name : List.of("broken.xml", "unreadable.xml", "not-iati.xml")) {
      ApiResponse refused = importing(name, "initiative=" + schools);
      assertThat(field(refused)).as(name).isEqualTo("file");
      assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("message")).as(name).startsWith("line ");
    }
    ApiResponse hostile = importing("external-entity.xml", "initiative=" + schools + "&dryRun=true");
    assertThat(hostile.body()).doesNotContain("root:");
    assertThat(field(importing("foundation-grants.xml", "initiative=no-such-initiative"))).isEqualTo("initiative");
    assertThat(lead.admin().api().get(funding).json().getJsonArray("flows")).isEmpty();

    // an implementer does not import; another organisation does not see the mission
    Person implementer = Scenario.member(lead, "MEMBER");
    Scenario.role(lead, mission, implementer, lead.slug(), "IMPLEMENTER");
    assertThat(implementer.api().send("POST", funding + "/import/iati?initiative=" + schools, xml("foundation-grants.xml"), Map.of("Content-Type", "application/xml"))
        .status()).isEqualTo(403);
    Org outsider = Scenario.organisation("iati-outsider", "NGO", "FR", "roadmap", "funding");
    assertThat(outsider.admin().api().send("POST", outsider.missionPath(mission) + "/funding/import/iati?initiative=" + schools, xml("foundation-grants.xml"),
        Map.of("Content-Type", "application/xml")).status()).isEqualTo(404);
  }

  private ApiResponse importing(String file, String query) {
    return lead.admin().api().send("POST", funding + "/import/iati?" + query, xml(file), Map.of("Content-Type", "application/xml"));
  }

  private static String xml(String file) {
    return new String(IatiFiles.bytes(file), StandardCharsets.UTF_8);
  }

  private String initiative(String title) {
    ApiResponse added = lead.admin().api().post(lead.missionPath(mission) + "/roadmap/initiatives", Payloads.object("title", title, "type", "PROGRAMME", "start", "2025-01-01"));
    assertThat(added.status()).as(added.toString()).isEqualTo(201);
    return added.json().getString("id");
  }

  private static String field(ApiResponse response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(400);
    return response.json().getJsonArray("errors").getJsonObject(0).getString("field");
  }
}
