package org.missionhub.it.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.missionhub.it.survey.Campaigns.CAMPAIGNS;
import static org.missionhub.it.survey.Campaigns.INSTRUMENTS;
import static org.missionhub.it.survey.Campaigns.analyst;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionhub.it.support.ApiResponse;
import org.missionhub.it.support.Payloads;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;

/**
 * A calculated value (XLSForm's calculate) through the API: defined with its calculation, computed by the server from
 * the answers whatever the respondent sent for it, read by a later condition, reported like a number and exported.
 */
class CalculatedValuesIT {

  @Test
  void theServerComputesTheValueStoresItAndReportsIt() {
    String code = "calc_" + Scenario.shortId().replace('-', '_');
    String definition = """
        {"code": "%s", "title": {"en": "Household"}, "description": {"en": "Sizes"}, "sections": [{"code": "one", "title": {"en": "One"}, "questions": [
          {"code": "adults", "type": "NUMBER", "label": {"en": "Adults"}, "required": true, "options": [], "items": []},
          {"code": "children", "type": "NUMBER", "label": {"en": "Children"}, "required": true, "options": [], "items": []},
          {"code": "size", "type": "CALCULATED", "label": {"en": "Household size"}, "calculation": "${adults} + ${children}", "options": [], "items": []},
          {"code": "why", "type": "TEXT_SHORT", "label": {"en": "Why so many?"}, "shownWhen": "${size} > 4", "options": [], "items": []}]}]}
        """.formatted(code);
    ApiResponse wrong = analyst().post(INSTRUMENTS, "{\"definition\": " + definition.replace("\"${adults} + ${children}\"", "\"${adults} +\"") + "}");
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("definition.sections[0].questions[2]");
    ApiResponse created = analyst().post(INSTRUMENTS, "{\"definition\": " + definition + "}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.json().getJsonObject("definition").toString()).contains("\"calculation\":\"${adults} + ${children}\"");
    assertThat(analyst().postAction(INSTRUMENTS + "/" + code + "/versions/1/publish", created.etag()).status()).isEqualTo(200);

    String campaign = Campaigns.open(Campaigns.form(code, List.of("NGO"), false, false, 3));
    Org ngo = Campaigns.surveying("calculated", "NGO", "DK");
    int[][] households = {{2, 3}, {1, 1}, {2, 4}};
    for (int i = 0; i < households.length; i++) {
      String path = Campaigns.responsePath(ngo, Scenario.mission(ngo, "Household " + i), campaign);
      ApiResponse saved = ngo.admin().api().put(path, Payloads.object("answers", Payloads.nested("adults", List.of(Integer.toString(households[i][0])),
          "children", List.of(Integer.toString(households[i][1])), "size", List.of("99"), "why", List.of("Family"))), null);
      assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
      JsonObject answers = saved.json().getJsonObject("answers");
      int size = households[i][0] + households[i][1];
      assertThat(answers.getJsonArray("size").getString(0)).as("computed, not the 99 sent").isEqualTo(Integer.toString(size));
      assertThat(answers.containsKey("why")).as("shown only above four").isEqualTo(size > 4);
      assertThat(ngo.admin().api().postAction(path + "/submit", saved.etag()).status()).isEqualTo(200);
    }
    Campaigns.closeAndPublish(campaign);

    JsonObject size = analyst().get(CAMPAIGNS + "/" + campaign + "/results/size").json();
    assertThat(size.getString("type")).isEqualTo("CALCULATED");
    JsonObject overall = size.getJsonObject("overall").getJsonArray("rows").getJsonObject(0);
    assertThat(overall.getInt("respondents")).isEqualTo(3);
    assertThat(overall.getJsonNumber("mean").doubleValue()).isEqualTo(13.0 / 3, org.assertj.core.data.Offset.offset(0.01));
    assertThat(overall.getJsonNumber("median").doubleValue()).isEqualTo(5.0);
    String csv = new String(analyst().download(CAMPAIGNS + "/" + campaign + "/export.csv").body(), StandardCharsets.UTF_8);
    assertThat(csv.lines().findFirst().orElseThrow()).contains(",adults,children,size,why");
    assertThat(csv).contains(",2,3,5,Family", ",1,1,2,", ",2,4,6,Family");
  }
}
