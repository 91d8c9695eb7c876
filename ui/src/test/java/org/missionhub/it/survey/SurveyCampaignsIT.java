package org.missionhub.it.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.missionhub.it.survey.Campaigns.CAMPAIGNS;
import static org.missionhub.it.survey.Campaigns.analyst;
import static org.missionhub.it.survey.Campaigns.answers;
import static org.missionhub.it.survey.Campaigns.responsePath;
import static org.missionhub.it.survey.Campaigns.surveying;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionhub.it.support.ApiResponse;
import org.missionhub.it.support.Database;
import org.missionhub.it.support.Payloads;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;

/**
 * A benchmark campaign from start to published results: an analyst opens it to some organisation types,
 * invited organisations answer for their missions (draft, resume, submit once), the analyst watches
 * responses come in, closes it and publishes safe results; organisations see where they stand.
 */
class SurveyCampaignsIT {

  private final String instrument = Campaigns.publishedTemplate();

  @Test
  void aCampaignRunsFromOpeningToPublishedResultsAndEachOrganisationSeesWhereItStands() throws java.io.IOException {
    // given a campaign to NGOs and foundations, with a minimum cell size of 3
    String campaign = Campaigns.open(Campaigns.form(instrument, List.of("NGO", "FOUNDATION"), false, true, 3));
    Org ngo = surveying("ngo", "NGO", "DK");
    Org foundation = surveying("fund", "FOUNDATION", "FR");
    Org municipality = surveying("town", "LOCAL_GOVERNMENT", "DK");
    List<String> ngoMissions = List.of(Scenario.mission(ngo, "Mental health 1"), Scenario.mission(ngo, "Mental health 2"), Scenario.mission(ngo, "Mental health 3"));
    List<String> foundationMissions = List.of(Scenario.mission(foundation, "Circular 1"), Scenario.mission(foundation, "Circular 2"));

    // the invited see it with their missions; the others do not
    ApiResponse invitation = ngo.admin().api().get(ngo.path() + "/survey/campaigns/" + campaign);
    assertThat(invitation.status()).as(invitation.toString()).isEqualTo(200);
    assertThat(invitation.json().getJsonArray("missions")).hasSize(3);
    assertThat(invitation.json().getJsonObject("instrument").getString("code")).isEqualTo(instrument);
    assertThat(municipality.admin().api().get(municipality.path() + "/survey/campaigns/" + campaign).status()).isEqualTo(404);
    assertThat(municipality.admin().api().get(municipality.path() + "/survey/campaigns").array().stream()
        .map(c -> c.asJsonObject().getString("id"))).doesNotContain(campaign);

    // when the NGO answers its three missions (leader, leader, coordinator) and the foundation its two (leader, participant)
    answer(ngo, ngoMissions.get(0), campaign, "leader");
    answer(ngo, ngoMissions.get(1), campaign, "leader");
    answer(ngo, ngoMissions.get(2), campaign, "coordinator");
    answer(foundation, foundationMissions.get(0), campaign, "leader");
    answer(foundation, foundationMissions.get(1), campaign, "participant");

    // then the analyst sees the responses come in
    ApiResponse progress = analyst().get(CAMPAIGNS + "/" + campaign + "/progress");
    assertThat(progress.status()).as(progress.toString()).isEqualTo(200);
    assertThat(progress.json().getJsonNumber("submitted").longValue()).isEqualTo(5);
    assertThat(progress.json().getJsonNumber("respondingOrganisations").longValue()).isEqualTo(2);
    assertThat(progress.json().getJsonObject("submittedByOrganisationType").getJsonNumber("NGO").longValue()).isEqualTo(3);

    // results wait for the close; nobody else sees an unpublished campaign
    ApiResponse early = analyst().postAction(CAMPAIGNS + "/" + campaign + "/publish", analyst().get(CAMPAIGNS + "/" + campaign).etag());
    assertThat(early.status()).isEqualTo(409);
    assertThat(ngo.admin().api().get(CAMPAIGNS + "/" + campaign + "/results").status()).isEqualTo(404);
    assertThat(ngo.admin().api().get(ngo.path() + "/survey/campaigns/" + campaign + "/standing").status()).isEqualTo(409);
    assertThat(ngo.admin().api().get(ngo.path() + "/survey/campaigns/" + campaign + "/highlights").status()).isEqualTo(409);
    Campaigns.closeAndPublish(campaign);
    assertThat(ngo.admin().api().put(responsePath(ngo, ngoMissions.get(0), campaign), answers("initiator", "middle"), "\"0\"").status()).as("closed").isEqualTo(409);

    // the published role question: N = 5, leader 3 (60 %); coordinator 1 and participant 1 are withheld, together
    ApiResponse role = ngo.admin().api().get(CAMPAIGNS + "/" + campaign + "/results/role");
    assertThat(role.status()).as(role.toString()).isEqualTo(200);
    JsonObject overall = role.json().getJsonObject("overall").getJsonArray("rows").getJsonObject(0);
    assertThat(overall.getJsonNumber("respondents").longValue()).isEqualTo(5);
    JsonObject leader = cell(overall, "leader");
    assertThat(leader.getJsonNumber("count").longValue()).isEqualTo(3);
    assertThat(leader.getJsonNumber("percentOfRespondents").doubleValue()).isEqualTo(60.0);
    assertThat(cell(overall, "coordinator").getBoolean("withheld")).isTrue();
    assertThat(absent(cell(overall, "coordinator"), "count")).isTrue();
    assertThat(cell(overall, "participant").getBoolean("withheld")).isTrue();
    // a group of 2 foundations is too small: the breakdown by organisation type is not offered
    assertThat(role.json().getJsonArray("notOffered").getValuesAs(jakarta.json.JsonString::getString)).contains("organisationType", "country");
    // free text is never shown across organisations: only how many answered
    ApiResponse reflections = foundation.admin().api().get(CAMPAIGNS + "/" + campaign + "/results/reflections");
    assertThat(reflections.json().getJsonNumber("respondents").longValue()).isEqualTo(5);
    assertThat(reflections.body()).doesNotContain("municipality keep us going");
    // role by phase (everyone answered "middle"): the leaders' 3 shown, the single coordinator and participant withheld
    ApiResponse crossTab = foundation.admin().api().get(CAMPAIGNS + "/" + campaign + "/crosstab?rows=role&columns=phase");
    assertThat(crossTab.status()).as(crossTab.toString()).isEqualTo(200);
    assertThat(crossTab.json().getBoolean("withheld")).isFalse();
    JsonObject leaders = crossRow(crossTab.json(), "leader");
    assertThat(cell(leaders, "middle").getJsonNumber("count").longValue()).isEqualTo(3);
    assertThat(cell(crossRow(crossTab.json(), "coordinator"), "middle").getBoolean("withheld")).isTrue();
    // looking inside a group the report does not show on its own (2 foundations) gives nothing; a wrong filter names itself
    ApiResponse inside = foundation.admin().api().get(CAMPAIGNS + "/" + campaign + "/results/role?filter=organisationType:FOUNDATION");
    assertThat(inside.status()).as(inside.toString()).isEqualTo(200);
    assertThat(inside.json().getBoolean("withheld")).isTrue();
    ApiResponse malformed = foundation.admin().api().get(CAMPAIGNS + "/" + campaign + "/results/role?filter=size:big");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("filter");
    assertThat(foundation.admin().api().get(CAMPAIGNS + "/" + campaign + "/results/reflections?filter=organisationType:NGO").status()).isEqualTo(400);
    // a matrix item is crossed on its scale: all five said 2 ("clear target") and are in the middle
    ApiResponse item = foundation.admin().api().get(CAMPAIGNS + "/" + campaign + "/crosstab?rows=characteristics.clear_target&columns=phase");
    assertThat(item.status()).as(item.toString()).isEqualTo(200);
    assertThat(cell(crossRow(item.json(), "2"), "middle").getJsonNumber("count").longValue()).isEqualTo(5);
    assertThat(foundation.admin().api().get(CAMPAIGNS + "/" + campaign + "/crosstab?rows=characteristics.nope&columns=phase").status()).isEqualTo(400);
    ApiResponse notSingle = foundation.admin().api().get(CAMPAIGNS + "/" + campaign + "/crosstab?rows=reflections&columns=phase");
    assertThat(notSingle.status()).isEqualTo(400);
    assertThat(notSingle.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("rows");

    // the NGO sees its own answers (leader 2, coordinator 1) next to all peers
    ApiResponse standing = ngo.admin().api().get(ngo.path() + "/survey/campaigns/" + campaign + "/standing?peers=all");
    assertThat(standing.status()).as(standing.toString()).isEqualTo(200);
    assertThat(standing.json().getJsonNumber("ownResponses").longValue()).isEqualTo(3);
    JsonObject roleStanding = question(standing.json().getJsonArray("questions"), "role");
    assertThat(ownCount(roleStanding, "leader")).isEqualTo(2);
    assertThat(ownCount(roleStanding, "coordinator")).isEqualTo(1);
    assertThat(cell(roleStanding.getJsonObject("peers"), "leader").getJsonNumber("count").longValue()).isEqualTo(3);
    // peers of its own type are too few to publish
    ApiResponse sameType = ngo.admin().api().get(ngo.path() + "/survey/campaigns/" + campaign + "/standing?peers=organisationType");
    JsonObject roleByType = question(sameType.json().getJsonArray("questions"), "role");
    assertThat(absent(roleByType, "peers")).isTrue();
    assertThat(roleByType.getString("note")).contains("Too few peers");
    // the highlights report, in French: the deck's chapters, each question's overall row as its published result, and a PDF
    ApiResponse highlights = ngo.admin().api().get(ngo.path() + "/survey/campaigns/" + campaign + "/highlights?lang=fr");
    assertThat(highlights.status()).as(highlights.toString()).isEqualTo(200);
    JsonArray chapters = highlights.json().getJsonArray("chapters");
    assertThat(chapters.getJsonObject(0).getString("title")).isEqualTo("Qui a répondu");
    JsonObject roleHighlight = question(chapters.getJsonObject(0).getJsonArray("questions"), "role");
    assertThat(roleHighlight.getJsonObject("overall")).isEqualTo(ngo.admin().api().get(CAMPAIGNS + "/" + campaign + "/results/role?lang=fr").json().getJsonObject("overall"));
    assertThat(roleHighlight.getString("label")).startsWith("Quel est");
    var pdf = ngo.admin().api().download(ngo.path() + "/survey/campaigns/" + campaign + "/highlights.pdf?lang=fr");
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.contentType()).startsWith("application/pdf");
    assertThat(pdf.disposition()).contains("-highlights.pdf");
    try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
      assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains("Qui a répondu", "Quel est (ou était) votre rôle", "60 % (3)", "masqué");
    }
    assertThat(analyst().download(CAMPAIGNS + "/" + campaign + "/highlights.pdf").status()).isEqualTo(200);
    assertThat(municipality.admin().api().get(municipality.path() + "/survey/campaigns/" + campaign + "/highlights").status()).isEqualTo(404);
    // the repair command is the analysts': the counts the reports read equal a recount of the answers
    assertThat(ngo.admin().api().postAction(CAMPAIGNS + "/" + campaign + "/recount", null).status()).isEqualTo(403);
    ApiResponse recount = analyst().postAction(CAMPAIGNS + "/" + campaign + "/recount", null);
    assertThat(recount.status()).as(recount.toString()).isEqualTo(200);
    assertThat(recount.json().getInt("corrected")).isZero();
    assertThat(recount.json().getInt("cells")).isPositive();
    // the foundation never sees the NGO's missions' responses
    assertThat(foundation.admin().api().get(responsePath(foundation, ngoMissions.get(0), campaign)).status()).isEqualTo(404);
  }

  @Test
  void aResponseIsSavedResumedCheckedOnSubmitAndSubmittedOnce() {
    String campaign = Campaigns.open(Campaigns.form(instrument, List.of(), false, false, 5));
    Org ngo = surveying("resume", "NGO", "DK");
    String mission = Scenario.mission(ngo, "Circular society");
    String path = responsePath(ngo, mission, campaign);

    assertThat(ngo.admin().api().get(path).json().getString("status")).isEqualTo("NOT_STARTED");
    // a partial draft is kept, with what still lacks
    ApiResponse draft = ngo.admin().api().put(path, Payloads.object("answers", Payloads.nested("involved", List.of("yes"), "role", List.of("leader"))), null);
    assertThat(draft.status()).as(draft.toString()).isEqualTo(200);
    assertThat(draft.json().getString("status")).isEqualTo("DRAFT");
    assertThat(draft.json().getJsonArray("problems").stream().map(p -> p.asJsonObject().getString("key"))).contains("country", "phase");
    // a wrong answer is refused, naming it, and the draft is unchanged
    ApiResponse wrong = ngo.admin().api().put(path, Payloads.object("answers", Payloads.nested("involved", List.of("yes"), "role", List.of("emperor"))), draft.etag());
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("answers.role");
    // resumed in a later session, it still holds the answers
    ApiResponse resumed = ngo.admin().api().get(path);
    assertThat(resumed.json().getJsonObject("answers").getJsonArray("role").getString(0)).isEqualTo("leader");
    // submitting an incomplete draft names every missing answer and keeps the draft
    ApiResponse incomplete = ngo.admin().api().postAction(path + "/submit", resumed.etag());
    assertThat(incomplete.status()).isEqualTo(400);
    assertThat(incomplete.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field"))).contains("answers.country", "answers.phase");
    assertThat(ngo.admin().api().get(path).json().getString("status")).isEqualTo("DRAFT");
    // a stale draft cannot be overwritten
    assertThat(ngo.admin().api().put(path, answers("leader", "middle"), "\"7\"").status()).isEqualTo(412);
    // completed and submitted, once
    ApiResponse saved = ngo.admin().api().put(path, answers("leader", "middle"), resumed.etag());
    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    ApiResponse submitted = ngo.admin().api().postAction(path + "/submit", saved.etag());
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
    assertThat(submitted.json().getString("status")).isEqualTo("SUBMITTED");
    assertThat(submitted.json().getBoolean("editable")).as("this campaign does not allow changes").isFalse();
    assertThat(ngo.admin().api().postAction(path + "/submit", saved.etag()).status()).isEqualTo(409);
    assertThat(ngo.admin().api().put(path, answers("coordinator", "middle"), submitted.etag()).status()).isEqualTo(409);
    // a member without a role in the mission does not answer for it
    var member = Scenario.member(ngo, "MEMBER");
    assertThat(member.api().get(path).status()).isEqualTo(403);
  }

  @Test
  void aCampaignAllowingChangesTakesThemUntilItCloses() {
    String campaign = Campaigns.open(Campaigns.form(instrument, List.of(), false, true, 5));
    Org ngo = surveying("edit", "NGO", "DK");
    String mission = Scenario.mission(ngo, "Responsible digitisation");
    String path = responsePath(ngo, mission, campaign);
    ApiResponse submitted = submit(ngo, mission, campaign, "leader");
    assertThat(submitted.json().getBoolean("editable")).isTrue();

    ApiResponse changed = ngo.admin().api().put(path, answers("coordinator", "end"), submitted.etag());

    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    assertThat(changed.json().getJsonObject("answers").getJsonArray("role").getString(0)).isEqualTo("coordinator");
    assertThat(Database.text("select answer_value from survey_answer a join survey_response r on r.id = a.response_id where r.campaign_id = ? and a.question = 'role'", campaign))
        .isEqualTo("coordinator");
    assertThat(ngo.admin().api().put(path, answers("initiator", "end"), submitted.etag()).status()).as("stale").isEqualTo(412);
  }

  @Test
  void anAnonymousCampaignKeepsNoLinkFromAResponseToThePersonOrMission() {
    String campaign = Campaigns.open(Campaigns.form(instrument, List.of(), true, false, 5));
    Org ngo = surveying("anon", "NGO", "DK");
    String mission = Scenario.mission(ngo, "Clean air");
    String path = responsePath(ngo, mission, campaign);
    ApiResponse draft = ngo.admin().api().put(path, answers("leader", "middle"), null);
    assertThat(draft.json().getString("savedByName")).as("a draft is someone's work in progress").isNotNull();

    ApiResponse submitted = ngo.admin().api().postAction(path + "/submit", draft.etag());

    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
    assertThat(submitted.json().getString("status")).isEqualTo("SUBMITTED");
    assertThat(absent(submitted.json(), "answers")).as("not even its author can read it back").isTrue();
    assertThat(Database.count("select count(*) from survey_response where campaign_id = ?", campaign)).isEqualTo(1);
    assertThat(Database.count("select count(*) from survey_response where campaign_id = ? and (mission_id is not null or respondent_subject is not null or respondent_name is not null or updated_at is not null)", campaign)).isZero();
    assertThat(Database.count("select count(*) from survey_draft where campaign_id = ?", campaign)).isZero();
    assertThat(ngo.admin().api().postAction(path + "/submit", draft.etag()).status()).as("still only once").isEqualTo(409);
  }

  @Test
  void wrongCampaignsAreRefusedNamingEachField() {
    ApiResponse refused =
        analyst().post(CAMPAIGNS, Payloads.object(
            "title", " ", "instrument", Payloads.nested("code", instrument, "version", 9), "audience", Payloads.nested("countries", List.of("XX")),
            "anonymous", true, "editableAfterSubmit", true, "minimumCellSize", 1, "opensAt", "tomorrow", "closesAt", "2020-01-01T00:00:00Z"));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")))
        .contains("title", "instrument", "audience.countries[0]", "editableAfterSubmit", "minimumCellSize", "opensAt", "closesAt");
    assertThat(Scenario.organisation("plain").admin().api().post(CAMPAIGNS, Campaigns.form(instrument, List.of(), false, false, 5)).status())
        .as("only benchmark analysts run campaigns").isEqualTo(403);
  }

  private static void answer(Org org, String mission, String campaign, String role) {
    submit(org, mission, campaign, role);
  }

  /** Saves a complete response as a draft and submits it. */
  private static ApiResponse submit(Org org, String mission, String campaign, String role) {
    String path = responsePath(org, mission, campaign);
    ApiResponse saved = org.admin().api().put(path, answers(role, "middle"), null);
    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    ApiResponse submitted = org.admin().api().postAction(path + "/submit", saved.etag());
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
    return submitted;
  }

  /** Left out or null: the API leaves out what it does not show. */
  private static boolean absent(JsonObject object, String name) {
    return !object.containsKey(name) || object.isNull(name);
  }

  private static JsonObject cell(JsonObject row, String category) {
    return row.getJsonArray("cells").stream().map(c -> c.asJsonObject()).filter(c -> c.getString("category").equals(category)).findFirst().orElseThrow();
  }

  private static JsonObject crossRow(JsonObject crossTab, String category) {
    return crossTab.getJsonArray("table").stream().map(r -> r.asJsonObject()).filter(r -> r.getString("category").equals(category)).findFirst().orElseThrow();
  }

  private static JsonObject question(JsonArray questions, String code) {
    return questions.stream().map(q -> q.asJsonObject()).filter(q -> q.getString("question").equals(code)).findFirst().orElseThrow();
  }

  private static long ownCount(JsonObject standing, String category) {
    return standing.getJsonObject("own").getJsonArray("cells").stream().map(c -> c.asJsonObject())
        .filter(c -> c.getString("category").equals(category)).findFirst().orElseThrow().getJsonNumber("count").longValue();
  }
}
