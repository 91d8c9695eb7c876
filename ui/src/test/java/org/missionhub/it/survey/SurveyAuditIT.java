package org.missionhub.it.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.missionhub.it.survey.Campaigns.answers;
import static org.missionhub.it.survey.Campaigns.responsePath;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionhub.it.support.ApiResponse;
import org.missionhub.it.support.AuditLog;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;

/**
 * The survey's writes in the organisation's audit log (contract 1.3.0): a response to an identified
 * campaign names who submitted it and for which mission; one to an anonymous campaign names neither the
 * person nor the mission nor the response.
 */
class SurveyAuditIT {

  private final String instrument = Campaigns.publishedTemplate();

  private static List<JsonObject> entries(Org org, String action) {
    return AuditLog.entries(org, action);
  }

  private static void submit(Org org, String mission, String campaign) {
    Campaigns.submit(org, mission, campaign, answers("leader", "middle"));
  }

  @Test
  void anIdentifiedResponseIsAuditedAsItsAuthorsAndAnAnonymousOneAsNoOnes() {
    // given an organisation with a mission, and an identified and an anonymous campaign
    Org ngo = Scenario.organisation("audit", "NGO", "DK");
    Scenario.plugin(ngo, "survey", true);
    String mission = Scenario.mission(ngo, "Clean rivers");
    String identified = Campaigns.open(Campaigns.form(instrument, List.of(), false, false, 5));
    String anonymous = Campaigns.open(Campaigns.form(instrument, List.of(), true, false, 5));

    // when the organisation answers both
    submit(ngo, mission, identified);
    submit(ngo, mission, anonymous);

    // then the identified response is in the log with its author and mission
    List<JsonObject> named = entries(ngo, "survey.response.created");
    assertThat(named).hasSize(1);
    assertThat(named.get(0).getString("actorSubject")).isEqualTo(ngo.admin().subject());
    assertThat(named.get(0).getString("missionId")).isEqualTo(mission);
    assertThat(named.get(0).getJsonObject("changes").getJsonObject("campaign").getString("after")).isEqualTo(identified);
    // and the anonymous one only as "a response to this campaign"
    List<JsonObject> unnamed = entries(ngo, "survey.anonymous-response.created");
    assertThat(unnamed).hasSize(1);
    JsonObject entry = unnamed.get(0);
    assertThat(entry.getString("actorSubject")).isEqualTo("anonymous");
    assertThat(!entry.containsKey("missionId") || entry.isNull("missionId")).as("no mission: %s", entry).isTrue();
    assertThat(entry.getString("entityId")).isEqualTo(anonymous);
    assertThat(entry.toString()).doesNotContain(ngo.admin().subject()).doesNotContain(mission).doesNotContain(ngo.admin().name());
  }

  @Test
  void anAdministratorRemovesTheOrganisationsSurveyDataOnceSwitchedOff() {
    // given a submitted response and a draft of the organisation
    Org ngo = Scenario.organisation("survey-removal", "NGO", "DK");
    Scenario.plugin(ngo, "survey", true);
    String mission = Scenario.mission(ngo, "Clean rivers");
    String other = Scenario.mission(ngo, "Healthy schools");
    String campaign = Campaigns.open(Campaigns.form(instrument, List.of(), false, false, 5));
    submit(ngo, mission, campaign);
    assertThat(ngo.admin().api().put(responsePath(ngo, other, campaign), answers("leader", "middle"), null).status()).isEqualTo(200);
    Scenario.plugin(ngo, "survey", false);
    String data = ngo.path() + "/plugins/survey/data";
    assertThat(held(ngo, data)).containsEntry("responses", 1L).containsEntry("drafts", 1L);

    // when the administrator removes the survey's data
    assertThat(ngo.admin().api().delete(data + "?confirm=survey", null).status()).isEqualTo(204);

    // then none is left, and the removal is in the audit log with what there was
    assertThat(held(ngo, data)).containsEntry("responses", 0L).containsEntry("drafts", 0L);
    List<JsonObject> removed = entries(ngo, "survey.organisation-data.deleted");
    assertThat(removed).hasSize(1);
    assertThat(removed.get(0).getJsonObject("changes").getJsonObject("responses").getString("before")).isEqualTo("1");
  }

  private static java.util.Map<String, Long> held(Org org, String data) {
    ApiResponse response = org.admin().api().get(data);
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.array().stream()
        .map(v -> v.asJsonObject())
        .collect(java.util.stream.Collectors.toMap(h -> h.getString("id"), h -> h.getJsonNumber("items").longValue()));
  }

  /**
   * The analyst's writes at platform level — a questionnaire and a campaign, from creation to published
   * results — in the platform's audit log, which a platform administrator reads and an analyst may not.
   */
  @Test
  void theAnalystsCampaignsAndQuestionnairesAreInThePlatformsAuditLog() {
    // given a questionnaire published and a campaign opened, closed and published by the analyst
    String code = Campaigns.publishedTemplate();
    String campaign = Campaigns.open(Campaigns.form(code, List.of(), false, false, 5));
    Campaigns.closeAndPublish(campaign);

    // when a platform administrator reads the platform's audit log
    ApiResponse log = Scenario.platformAdmin().api().get("/api/v1/platform/audit?size=100");
    assertThat(log.status()).as(log.toString()).isEqualTo(200);
    List<JsonObject> entries = log.items().getValuesAs(JsonObject.class);

    // then every step is there, with the analyst as its author
    String analyst = Scenario.benchmarkAnalyst().subject();
    assertThat(entries)
        .filteredOn(e -> e.getString("entityId").equals(code + " v1"))
        .extracting(e -> e.getString("action"))
        .containsExactlyInAnyOrder("survey.instrument.created", "survey.instrument.updated");
    List<JsonObject> campaignSteps = entries.stream().filter(e -> e.getString("entityId").equals(campaign)).toList();
    assertThat(campaignSteps).extracting(e -> e.getString("action")).containsExactlyInAnyOrder("survey.campaign.created", "survey.campaign.updated", "survey.campaign.updated");
    assertThat(campaignSteps).allSatisfy(e -> assertThat(e.getString("actorSubject")).isEqualTo(analyst));
    assertThat(campaignSteps).anySatisfy(e -> assertThat(e.getJsonObject("changes").getJsonObject("resultsPublished").getString("after")).isEqualTo("true"));
    // and the analyst cannot read it
    assertThat(Campaigns.analyst().get("/api/v1/platform/audit").status()).isEqualTo(403);
  }
}
