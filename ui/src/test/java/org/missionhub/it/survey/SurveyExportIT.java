package org.missionhub.it.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.missionhub.it.survey.Campaigns.CAMPAIGNS;
import static org.missionhub.it.survey.Campaigns.analyst;
import static org.missionhub.it.survey.Campaigns.answers;
import static org.missionhub.it.survey.Campaigns.responsePath;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionhub.it.support.Api;
import org.missionhub.it.support.ApiResponse;
import org.missionhub.it.support.Database;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;

/**
 * The benchmark analyst downloads a campaign's responses as CSV (one coded row each, numbered, never
 * naming who answered), its codebook and the JSON export; nobody else may.
 */
class SurveyExportIT {

  private final String instrument = Campaigns.publishedTemplate();

  @Test
  void theAnalystDownloadsTheResponsesOfAClosedCampaignAndNoOneElseCan() {
    // given a campaign answered for two missions, then closed
    String campaign = Campaigns.open(Campaigns.form(instrument, List.of(), false, false, 5));
    Org ngo = Scenario.organisation("export", "NGO", "DK");
    Scenario.plugin(ngo, "survey", true);
    String first = Scenario.mission(ngo, "Clean rivers");
    String second = Scenario.mission(ngo, "Healthy schools");
    submit(ngo, first, campaign, "leader");
    submit(ngo, second, campaign, "coordinator");
    ApiResponse closed = analyst().postAction(CAMPAIGNS + "/" + campaign + "/close", analyst().get(CAMPAIGNS + "/" + campaign).etag());
    assertThat(closed.status()).as(closed.toString()).isEqualTo(200);

    // when the analyst downloads the CSV export
    Api.Download csv = analyst().download(CAMPAIGNS + "/" + campaign + "/export.csv");

    // then it is a CSV attachment with a header and a row per response
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv").containsIgnoringCase("charset=UTF-8");
    assertThat(csv.disposition()).startsWith("attachment; filename=\"missions-needs-assessment-").endsWith("-responses.csv\"");
    String text = new String(csv.body(), StandardCharsets.UTF_8);
    assertThat(text).endsWith("\r\n");
    List<String> rows = List.of(text.split("\r\n"));
    assertThat(rows).hasSize(3);
    List<String> header = List.of(rows.get(0).split(",", -1));
    assertThat(header).startsWith("response", "submitted_on", "fact_organisation_type", "fact_country", "fact_phase", "fact_governance_mode", "fact_challenge_area", "fact_sector", "involved", "role");
    assertThat(header).contains("characteristics.clear_target", "funding_sources__philanthropic", "risks__silos", "reflections");
    for (String row : rows.subList(1, 3)) {
      assertThat(row.split(",", -1)).as("a cell for every column").hasSize(header.size());
    }
    List<String> roles = rows.subList(1, 3).stream().map(row -> row.split(",", -1)[header.indexOf("role")]).toList();
    assertThat(roles).containsExactlyInAnyOrder("leader", "coordinator");
    assertThat(rows.get(1)).startsWith("1,").contains(",NGO,DK,");
    assertThat(rows.get(2)).startsWith("2,");
    // reading every organisation's responses is recorded, with its purpose and who asked
    assertThat(Database.count(
            "select count(*) from plugin_cross_read where plugin_id = 'survey' and purpose = ? and actor_subject is not null",
            "CSV export of survey campaign " + campaign))
        .isEqualTo(1);
    // nothing leads back to the missions or the person who answered
    assertThat(text).doesNotContain(first).doesNotContain(second).doesNotContain(ngo.admin().subject()).doesNotContain(campaign);

    // the codebook and the JSON export come the same way
    Api.Download codebook = analyst().download(CAMPAIGNS + "/" + campaign + "/codebook.csv");
    assertThat(codebook.status()).isEqualTo(200);
    assertThat(new String(codebook.body(), StandardCharsets.UTF_8)).startsWith("column,question,type,label_en,label_fr,label_da,option,");
    Api.Download json = analyst().download(CAMPAIGNS + "/" + campaign + "/export.json");
    assertThat(json.status()).isEqualTo(200);
    assertThat(json.disposition()).endsWith("-responses.json\"");
    assertThat(new String(json.body(), StandardCharsets.UTF_8)).contains("\"response\":2").doesNotContain(first);

    // only the benchmark analyst exports; an unknown campaign is not found
    assertThat(ngo.admin().api().download(CAMPAIGNS + "/" + campaign + "/export.csv").status()).isEqualTo(403);
    assertThat(ngo.admin().api().download(CAMPAIGNS + "/" + campaign + "/export.json").status()).isEqualTo(403);
    assertThat(ngo.admin().api().download(CAMPAIGNS + "/" + campaign + "/codebook.csv").status()).isEqualTo(403);
    assertThat(analyst().download(CAMPAIGNS + "/no-such-campaign/export.csv").status()).isEqualTo(404);
  }

  /** Saves a complete response as a draft and submits it. */
  private static void submit(Org org, String mission, String campaign, String role) {
    String path = responsePath(org, mission, campaign);
    ApiResponse saved = org.admin().api().put(path, answers(role, "middle"), null);
    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    ApiResponse submitted = org.admin().api().postAction(path + "/submit", saved.etag());
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
  }
}
