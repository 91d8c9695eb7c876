package org.missionhub.it.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.missionhub.it.survey.Campaigns.CAMPAIGNS;
import static org.missionhub.it.survey.Campaigns.analyst;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.missionhub.it.support.Api;
import org.missionhub.it.support.ApiResponse;
import org.missionhub.it.support.Payloads;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;

/**
 * A benchmark campaign's published results on the public page: nothing before an analyst publishes them
 * there (404, exactly like a campaign that does not exist), then its highlights and open data to anyone
 * without a token, holding the published numbers and no withheld one; withdrawn, 404 again.
 */
class PublicResultsIT {

  private static final String PUBLIC = "/api/v1/public/survey/campaigns";

  @Test
  void publishedResultsArePublicOnlyWhileTheAnalystKeepsThemThereAndHoldNoWithheldFigure() {
    // given a campaign answered by three ministry missions and one foundation mission, minimum cell 3
    String instrument = Campaigns.publishedTemplate();
    Org ministry = Campaigns.surveying("public-min", "NATIONAL_GOVERNMENT", "DK");
    Org foundation = Campaigns.surveying("public-fund", "FOUNDATION", "FR");
    String campaign = Campaigns.open(Campaigns.form(instrument, List.of("NATIONAL_GOVERNMENT", "FOUNDATION"), false, false, 3));
    for (int i = 1; i <= 3; i++) {
      Campaigns.submit(ministry, Scenario.mission(ministry, "Public mission " + i), campaign, Campaigns.answers("leader", "middle"));
    }
    Campaigns.submit(foundation, Scenario.mission(foundation, "Public mission 4"), campaign, Campaigns.answers("participant", "middle"));
    Api anyone = Api.anonymous();

    // before the results are published, the analyst cannot make them public, and nobody sees anything
    ApiResponse early = analyst().put(CAMPAIGNS + "/" + campaign + "/publication", Payloads.object("publisher", "OECD OPSI"), null);
    assertThat(early.status()).as(early.toString()).isEqualTo(409);
    Campaigns.closeAndPublish(campaign);
    assertThat(anyone.get(PUBLIC + "/" + campaign).status()).isEqualTo(404);
    assertThat(anyone.get(PUBLIC + "/" + campaign + "/highlights").status()).isEqualTo(404);
    assertThat(anyone.download(PUBLIC + "/" + campaign + "/results.csv").status()).isEqualTo(404);
    assertThat(objects(anyone.get(PUBLIC).array())).noneMatch(c -> c.getString("id").equals(campaign));

    // bad input is refused field by field; only analysts publish
    ApiResponse invalid = analyst().put(CAMPAIGNS + "/" + campaign + "/publication", Payloads.object("publisher", " ", "licence", "GPL"), null);
    assertThat(invalid.status()).as(invalid.toString()).isEqualTo(400);
    assertThat(objects(invalid.json().getJsonArray("errors"))).extracting(e -> e.getString("field")).containsExactlyInAnyOrder("publisher", "licence");
    assertThat(ministry.admin().api().put(CAMPAIGNS + "/" + campaign + "/publication", Payloads.object("publisher", "Me"), null).status()).isEqualTo(403);
    assertThat(anyone.put(CAMPAIGNS + "/" + campaign + "/publication", Payloads.object("publisher", "Me"), null).status()).isEqualTo(401);

    // when the analyst publishes them
    ApiResponse published = analyst().put(CAMPAIGNS + "/" + campaign + "/publication", Payloads.object("publisher", "OECD OPSI", "licence", "CC-BY-4.0"), null);
    assertThat(published.status()).as(published.toString()).isEqualTo(200);
    assertThat(published.json().getString("page")).isEqualTo("public/survey/results/" + campaign);

    // then anyone reads the campaign, without a token
    ApiResponse read = anyone.get(PUBLIC + "/" + campaign);
    assertThat(read.status()).as(read.toString()).isEqualTo(200);
    assertThat(read.json().getString("publisher")).isEqualTo("OECD OPSI");
    assertThat(read.json().getString("licence")).isEqualTo("CC-BY-4.0");
    assertThat(objects(anyone.get(PUBLIC).array())).anyMatch(c -> c.getString("id").equals(campaign));
    // the highlights are the ones signed-in people read
    JsonObject highlights = anyone.get(PUBLIC + "/" + campaign + "/highlights?lang=fr").json();
    assertThat(highlights).isEqualTo(ministry.admin().api().get(CAMPAIGNS + "/" + campaign + "/highlights?lang=fr").json());
    // a question's result is the published one, the foundation's lone "participant" withheld
    JsonObject role = anyone.get(PUBLIC + "/" + campaign + "/results/role").json();
    assertThat(role).isEqualTo(ministry.admin().api().get(CAMPAIGNS + "/" + campaign + "/results/role").json());

    // and the open data holds exactly the published figures
    Api.Download csv = anyone.download(PUBLIC + "/" + campaign + "/results.csv");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    List<Map<String, String>> rows = rows(new String(csv.body(), StandardCharsets.UTF_8));
    Map<String, String> participant = only(rows, "role", "all", "all", "participant");
    assertThat(participant.get("withheld")).isEqualTo("true");
    assertThat(participant.get("count")).isEmpty();
    assertThat(participant.get("percent_of_respondents")).isEmpty();
    assertThat(rows).as("published counts").anyMatch(r -> r.get("withheld").equals("false") && !r.get("count").isEmpty());
    // every line agrees with the published result: a number where it publishes one, none where it withholds
    for (Map<String, String> row : rows) {
      if (row.get("question").equals("role")) {
        JsonObject cell = cell(role, row.get("by"), row.get("group"), row.get("answer"));
        assertThat(row.get("withheld")).as(row.toString()).isEqualTo(Boolean.toString(cell.getBoolean("withheld")));
        assertThat(row.get("count")).as(row.toString()).isEqualTo(cell.getBoolean("withheld") ? "" : cell.getJsonNumber("count").toString());
      }
      if (row.get("withheld").equals("true")) {
        assertThat(row.get("count")).as(row.toString()).isEmpty();
      }
    }
    assertThat(rows).noneMatch(r -> r.get("question").equals("comments"));
    // the codebook names every column and code, in three languages
    String codebook = new String(anyone.download(PUBLIC + "/" + campaign + "/results-codebook.csv").body(), StandardCharsets.UTF_8);
    assertThat(codebook).startsWith("column,question,value,label_en,label_fr,label_da\r\n").contains("answer,role,participant,").contains("by,,organisationType,");
    // the DCAT description points at the page and each download
    Api.Download dataset = anyone.download(PUBLIC + "/" + campaign + "/dataset.jsonld");
    assertThat(dataset.contentType()).startsWith("application/ld+json");
    JsonObject dcat = Json.createReader(new StringReader(new String(dataset.body(), StandardCharsets.UTF_8))).readObject();
    assertThat(dcat.getString("@type")).isEqualTo("dcat:Dataset");
    assertThat(dcat.getJsonObject("dcat:landingPage").getString("@id")).endsWith("/public/survey/results/" + campaign);
    for (JsonObject distribution : objects(dcat.getJsonArray("dcat:distribution"))) {
      String address = distribution.getJsonObject("dcat:downloadURL").getString("@id");
      String path = address.substring(address.indexOf("/api/v1/public/"));
      assertThat(anyone.download(path).status()).as(address).isEqualTo(200);
    }
    // a public read is only a read: anything else still needs a token
    assertThat(anyone.post(PUBLIC + "/" + campaign, "{}").status()).isEqualTo(401);
    // a campaign id that is not public, and a plugin that has nothing public, are not found
    assertThat(anyone.get(PUBLIC + "/00000000-0000-0000-0000-000000000000").status()).isEqualTo(404);
    assertThat(anyone.get("/api/v1/public/roadmap/anything").status()).isEqualTo(404);

    // when the analyst withdraws them, they are gone for the public, and each step is in the platform's audit log
    assertThat(analyst().delete(CAMPAIGNS + "/" + campaign + "/publication", null).status()).isEqualTo(204);
    assertThat(anyone.get(PUBLIC + "/" + campaign).status()).isEqualTo(404);
    assertThat(anyone.download(PUBLIC + "/" + campaign + "/dataset.jsonld").status()).isEqualTo(404);
    assertThat(analyst().delete(CAMPAIGNS + "/" + campaign + "/publication", null).status()).isEqualTo(404);
    List<JsonObject> audit = objects(Scenario.platformAdmin().api().get("/api/v1/platform/audit?size=100").items());
    assertThat(audit).filteredOn(e -> e.getString("entityId").equals(campaign) && e.getString("action").startsWith("survey.campaign-publication."))
        .extracting(e -> e.getString("action"))
        .containsExactlyInAnyOrder("survey.campaign-publication.created", "survey.campaign-publication.deleted");
  }

  private static JsonObject cell(JsonObject result, String by, String group, String answer) {
    List<JsonObject> tables = new ArrayList<>(List.of(result.getJsonObject("overall")));
    tables.addAll(objects(result.getJsonArray("breakdowns")));
    JsonObject table = tables.stream().filter(t -> t.getString("by").equals(by)).findFirst().orElseThrow(() -> new AssertionError("no table " + by));
    JsonObject row = objects(table.getJsonArray("rows")).stream().filter(r -> r.getString("group").equals(group)).findFirst().orElseThrow(() -> new AssertionError("no group " + group));
    return objects(row.getJsonArray("cells")).stream().filter(c -> c.getString("category").equals(answer)).findFirst().orElseThrow(() -> new AssertionError("no answer " + answer));
  }

  private static Map<String, String> only(List<Map<String, String>> rows, String question, String by, String group, String answer) {
    List<Map<String, String>> found = rows.stream()
        .filter(r -> r.get("question").equals(question) && r.get("by").equals(by) && r.get("group").equals(group) && r.get("answer").equals(answer)).toList();
    assertThat(found).as(question + " " + by + " " + group + " " + answer).hasSize(1);
    return found.get(0);
  }

  /** The table's lines as column → value (the test data has no quoted field with a comma in the columns read). */
  private static List<Map<String, String>> rows(String csv) {
    String[] lines = csv.split("\r\n");
    List<String> header = Arrays.asList(lines[0].split(",", -1));
    List<Map<String, String>> rows = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      List<String> fields = fields(lines[i]);
      assertThat(fields).as(lines[i]).hasSize(header.size());
      Map<String, String> row = new java.util.HashMap<>();
      for (int c = 0; c < header.size(); c++) {
        row.put(header.get(c), fields.get(c));
      }
      rows.add(row);
    }
    return rows;
  }

  /** RFC 4180 fields of one line (labels may be quoted). */
  private static List<String> fields(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }

  private static List<JsonObject> objects(JsonArray array) {
    return array.getValuesAs(JsonObject.class);
  }
}
