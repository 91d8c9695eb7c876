package org.missionhub.it.survey;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.missionhub.it.support.ApiResponse;
import org.missionhub.it.support.Payloads;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;

/**
 * A workshop on a benchmark campaign's published results (issue 17, contract 1.11.0): the analyst prepares it from
 * the campaign, and it invites exactly the organisations that answered; they see it next to the results once it
 * has opened, and take part in the platform's workshop. Before publication, or by anyone but an analyst, refused.
 */
class CampaignWorkshopsIT {

  @Test
  void theOrganisationsThatAnsweredAreInvitedToAWorkshopOnThePublishedResults() {
    Org ngo = Campaigns.surveying("cw-ngo", "NGO", "DK");
    Org municipality = Campaigns.surveying("cw-municipality", "LOCAL_GOVERNMENT", "FR");
    Org silent = Campaigns.surveying("cw-silent", "NGO", "IS");
    String code = Campaigns.publishedTemplate();
    String campaign = Campaigns.open(Campaigns.form(code, List.of("NGO", "LOCAL_GOVERNMENT"), false, false, 3));
    Campaigns.submit(ngo, Scenario.mission(ngo, "Mental health for young people"), campaign, Campaigns.answers("leader", "middle"));
    Campaigns.submit(municipality, Scenario.mission(municipality, "Circular society"), campaign, Campaigns.answers("coordinator", "getting_started"));
    String workshops = "/api/v1/platform/survey/campaigns/" + campaign + "/workshops";

    // the results are discussed once published, and by an analyst only
    ApiResponse early = Campaigns.analyst().postAction(workshops, null);
    assertThat(early.status()).as(early.toString()).isEqualTo(409);
    assertThat(early.body()).contains("Publish the campaign");
    Campaigns.closeAndPublish(campaign);
    assertThat(ngo.admin().api().postAction(workshops, null).status()).isEqualTo(403);

    ApiResponse prepared = Campaigns.analyst().postAction(workshops + "?lang=fr", null);
    assertThat(prepared.status()).as(prepared.toString()).isEqualTo(201);
    String id = prepared.json().getString("id");
    assertThat(prepared.json().getString("title")).startsWith("Échange entre pairs sur « Missions needs assessment");
    assertThat(prepared.json().getString("phase")).isEqualTo("DRAFT");
    assertThat(prepared.json().getString("link")).isEqualTo("workshops/" + id);
    JsonObject workshop = Campaigns.analyst().get("/api/v1/platform/workshops/" + id).json();
    assertThat(workshop.getJsonArray("organisations").getValuesAs(JsonString.class).stream().map(JsonString::getString))
        .containsExactlyInAnyOrder(ngo.slug(), municipality.slug());
    assertThat(workshop.getJsonArray("prompts").getString(1)).isEqualTo("Où avez-vous besoin de plus de partage de connaissances et de soutien ?");
    assertThat(ids(Campaigns.analyst().get(workshops))).containsExactly(id);

    // next to the results: nothing while it is a draft; once open, for those who answered, not for the silent one
    String invitedView = "/survey/campaigns/" + campaign + "/workshops";
    assertThat(ids(ngo.admin().api().get(ngo.path() + invitedView))).isEmpty();
    ApiResponse current = Campaigns.analyst().get("/api/v1/platform/workshops/" + id);
    ApiResponse opened = Campaigns.analyst().send("POST", "/api/v1/platform/workshops/" + id + "/phase", Payloads.object("phase", "POSTING"),
        Map.of("Content-Type", "application/json", "If-Match", current.etag()));
    assertThat(opened.status()).as(opened.toString()).isEqualTo(200);
    assertThat(ids(ngo.admin().api().get(ngo.path() + invitedView))).containsExactly(id);
    assertThat(ids(municipality.admin().api().get(municipality.path() + invitedView))).containsExactly(id);
    assertThat(ids(silent.admin().api().get(silent.path() + invitedView))).isEmpty();
    assertThat(silent.admin().api().get(silent.path() + "/workshops/" + id).status()).isEqualTo(404);

    // and the invited take part in the platform's workshop
    ApiResponse note = ngo.admin().api().post(ngo.path() + "/workshops/" + id + "/notes", Payloads.object("prompt", 0, "body", "Silos, as the results say"));
    assertThat(note.status()).as(note.toString()).isEqualTo(201);
  }

  private static List<String> ids(ApiResponse list) {
    assertThat(list.status()).as(list.toString()).isEqualTo(200);
    return list.array().getValuesAs(JsonObject.class).stream().map(w -> w.getString("id")).toList();
  }
}
