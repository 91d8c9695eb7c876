package org.missionhub.it.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.missionhub.it.survey.Campaigns.CAMPAIGNS;
import static org.missionhub.it.survey.Campaigns.INSTRUMENTS;
import static org.missionhub.it.survey.Campaigns.analyst;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionhub.it.support.ApiResponse;
import org.missionhub.it.support.Payloads;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;

/**
 * A question compared across the waves of an instrument: the role question asked in a first campaign, renamed
 * in version 2 and asked again in a second, where one NGO joins alone with its answer.
 */
class SurveyWavesIT {

  private final String instrument = Campaigns.publishedTemplate();

  @Test
  void aQuestionIsComparedWithItsEarlierWavesAndTheChangeGivesNoWithheldCellAway() {
    Org ngo = Campaigns.surveying("waves-ngo", "NGO", "DK");
    Org foundation = Campaigns.surveying("waves-fund", "FOUNDATION", "FR");
    List<String> ngoMissions = List.of(Scenario.mission(ngo, "Wave mission 1"), Scenario.mission(ngo, "Wave mission 2"), Scenario.mission(ngo, "Wave mission 3"));
    List<String> foundationMissions = List.of(Scenario.mission(foundation, "Wave mission 4"), Scenario.mission(foundation, "Wave mission 5"), Scenario.mission(foundation, "Wave mission 6"));
    // a campaign that closed without answers and was never published: only analysts see it as a wave
    String unpublished = Campaigns.open(Campaigns.form(instrument, List.of("NGO", "FOUNDATION"), false, false, 3));
    close(unpublished);

    // wave 1 (version 1): three NGO leaders and three foundation coordinators
    String first = Campaigns.open(Campaigns.form(instrument, List.of("NGO", "FOUNDATION"), false, false, 3));
    ngoMissions.forEach(m -> Campaigns.submit(ngo, m, first, Campaigns.answers("leader", "middle")));
    foundationMissions.forEach(m -> Campaigns.submit(foundation, m, first, Campaigns.answers("coordinator", "middle")));
    Campaigns.closeAndPublish(first);

    // version 2 renames role to mission_role
    publishVersionTwoRenaming("role", "mission_role");

    // wave 2 (version 2): the same answers, and a new NGO from Sweden whose only mission answers "participant"
    Org newcomer = Campaigns.surveying("waves-new", "NGO", "SE");
    String joined = Scenario.mission(newcomer, "Wave mission 7");
    String second = Campaigns.open(Campaigns.form(instrument, 2, List.of("NGO", "FOUNDATION"), false, false, 3));
    ngoMissions.forEach(m -> Campaigns.submit(ngo, m, second, renamed(Campaigns.answers("leader", "middle"))));
    foundationMissions.forEach(m -> Campaigns.submit(foundation, m, second, renamed(Campaigns.answers("coordinator", "middle"))));
    Campaigns.submit(newcomer, joined, second, renamed(Campaigns.answers("participant", "middle")));
    Campaigns.closeAndPublish(second);

    // then anyone signed in compares the renamed question with its first wave
    ApiResponse compared = foundation.admin().api().get(CAMPAIGNS + "/" + second + "/waves/mission_role");
    assertThat(compared.status()).as(compared.toString()).isEqualTo(200);
    JsonArray waves = compared.json().getJsonArray("waves");
    assertThat(waves).hasSize(2);
    assertThat(waves.getJsonObject(0).getString("campaignId")).isEqualTo(first);
    assertThat(waves.getJsonObject(0).getString("question")).isEqualTo("role");
    assertThat(waves.getJsonObject(0).getInt("instrumentVersion")).isEqualTo(1);
    assertThat(waves.getJsonObject(1).getString("question")).isEqualTo("mission_role");
    assertThat(compared.json().getJsonArray("notAsked")).isEmpty();
    // each wave's result is its published one
    assertThat(waves.getJsonObject(0).getJsonObject("result")).isEqualTo(foundation.admin().api().get(CAMPAIGNS + "/" + first + "/results/role").json());
    assertThat(waves.getJsonObject(1).getJsonObject("result")).isEqualTo(foundation.admin().api().get(CAMPAIGNS + "/" + second + "/results/mission_role").json());

    // the newcomer's "participant" is withheld in wave 2, so its change is withheld too, overall and among NGOs
    JsonObject step = compared.json().getJsonArray("steps").getJsonObject(0);
    assertThat(step.getString("from")).isEqualTo(first);
    assertThat(step.getString("to")).isEqualTo(second);
    assertThat(change(step, "all", "all", "participant").getBoolean("withheld")).isTrue();
    assertThat(change(step, "all", "all", "participant").containsKey("points")).isFalse();
    assertThat(change(step, "organisationType", "NGO", "participant").getBoolean("withheld")).isTrue();
    // and every change given is the difference of two shares both waves publish
    int given = 0;
    for (JsonObject table : objects(step.getJsonArray("tables"))) {
      for (JsonObject row : objects(table.getJsonArray("rows"))) {
        for (JsonObject change : objects(row.getJsonArray("cells"))) {
          JsonObject before = cell(waves.getJsonObject(0), table.getString("by"), row.getString("group"), change.getString("category"));
          JsonObject after = cell(waves.getJsonObject(1), table.getString("by"), row.getString("group"), change.getString("category"));
          if (before.getBoolean("withheld") || after.getBoolean("withheld")) {
            assertThat(change.getBoolean("withheld")).as(change.toString()).isTrue();
          } else {
            given++;
            assertThat(change.getJsonNumber("points").doubleValue()).as(change.toString())
                .isCloseTo(after.getJsonNumber("percentOfRespondents").doubleValue() - before.getJsonNumber("percentOfRespondents").doubleValue(), org.assertj.core.data.Offset.offset(0.01));
          }
        }
      }
    }
    assertThat(given).as("changes given").isPositive();
    // a question kept as it was: everyone was in the middle of their mission in both waves, no change
    JsonObject phase = foundation.admin().api().get(CAMPAIGNS + "/" + second + "/waves/phase").json().getJsonArray("steps").getJsonObject(0);
    assertThat(change(phase, "all", "all", "middle").getJsonNumber("points").doubleValue()).isEqualTo(0.0);

    // a matrix is compared item by item; a question the version does not ask is not found; the analyst also sees the unpublished wave
    assertThat(foundation.admin().api().get(CAMPAIGNS + "/" + second + "/waves/characteristics.clear_target").status()).isEqualTo(200);
    ApiResponse matrix = foundation.admin().api().get(CAMPAIGNS + "/" + second + "/waves/characteristics");
    assertThat(matrix.status()).isEqualTo(400);
    assertThat(matrix.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("question");
    assertThat(foundation.admin().api().get(CAMPAIGNS + "/" + second + "/waves/role").status()).isEqualTo(404);
    JsonArray analystWaves = analyst().get(CAMPAIGNS + "/" + second + "/waves/mission_role").json().getJsonArray("waves");
    assertThat(objects(analystWaves).stream().map(w -> w.getString("campaignId")).toList()).containsExactly(unpublished, first, second);
    assertThat(analystWaves.getJsonObject(0).getJsonObject("result").getBoolean("withheld")).isTrue();
    // an unpublished campaign's comparison is not there for the others
    String third = Campaigns.open(Campaigns.form(instrument, 2, List.of("NGO", "FOUNDATION"), false, false, 3));
    assertThat(ngo.admin().api().get(CAMPAIGNS + "/" + third + "/waves/mission_role").status()).isEqualTo(404);
    assertThat(analyst().get(CAMPAIGNS + "/" + third + "/waves/mission_role").json().getJsonArray("waves")).hasSize(4);
  }

  private void close(String campaign) {
    ApiResponse closed = analyst().postAction(CAMPAIGNS + "/" + campaign + "/close", analyst().get(CAMPAIGNS + "/" + campaign).etag());
    assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
  }

  private void publishVersionTwoRenaming(String from, String to) {
    ApiResponse draft = analyst().postAction(INSTRUMENTS + "/" + instrument + "/versions", null);
    assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
    JsonObject definition = renaming(draft.json().getJsonObject("definition"), from, to);
    ApiResponse edited = analyst().put(INSTRUMENTS + "/" + instrument + "/versions/2", Payloads.object("definition", definition, "predecessors", Payloads.nested(to, from)), draft.etag());
    assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
    ApiResponse published = analyst().postAction(INSTRUMENTS + "/" + instrument + "/versions/2/publish", edited.etag());
    assertThat(published.status()).as(published.toString()).isEqualTo(200);
  }

  private static JsonObject renaming(JsonObject definition, String from, String to) {
    JsonArrayBuilder sections = Json.createArrayBuilder();
    for (JsonObject section : objects(definition.getJsonArray("sections"))) {
      JsonArrayBuilder questions = Json.createArrayBuilder();
      for (JsonObject question : objects(section.getJsonArray("questions"))) {
        questions.add(question.getString("code").equals(from) ? Json.createObjectBuilder(question).add("code", to).build() : question);
      }
      sections.add(Json.createObjectBuilder(section).add("questions", questions));
    }
    return Json.createObjectBuilder(definition).add("sections", sections).build();
  }

  private static String renamed(String answers) {
    return answers.replace("\"role\"", "\"mission_role\"");
  }

  private static JsonObject change(JsonObject step, String by, String group, String category) {
    return objects(step.getJsonArray("tables")).stream().filter(t -> t.getString("by").equals(by))
        .flatMap(t -> objects(t.getJsonArray("rows")).stream()).filter(r -> r.getString("group").equals(group))
        .flatMap(r -> objects(r.getJsonArray("cells")).stream()).filter(c -> c.getString("category").equals(category))
        .findFirst().orElseThrow(() -> new AssertionError("no change for " + by + "/" + group + "/" + category + " in " + step));
  }

  private static JsonObject cell(JsonObject wave, String by, String group, String category) {
    JsonObject result = wave.getJsonObject("result");
    List<JsonObject> tables = new java.util.ArrayList<>(List.of(result.getJsonObject("overall")));
    tables.addAll(objects(result.getJsonArray("breakdowns")));
    return tables.stream().filter(t -> t.getString("by").equals(by))
        .flatMap(t -> objects(t.getJsonArray("rows")).stream()).filter(r -> r.getString("group").equals(group))
        .flatMap(r -> objects(r.getJsonArray("cells")).stream()).filter(c -> c.getString("category").equals(category))
        .findFirst().orElseThrow();
  }

  private static List<JsonObject> objects(JsonArray array) {
    return array.stream().map(JsonValue::asJsonObject).toList();
  }
}
