package org.missionhub.it.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.missionhub.it.survey.Campaigns.CAMPAIGNS;
import static org.missionhub.it.survey.Campaigns.analyst;
import static org.missionhub.it.survey.Campaigns.answers;
import static org.missionhub.it.survey.Campaigns.surveying;

import jakarta.json.JsonObject;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.missionhub.it.support.ApiResponse;
import org.missionhub.it.support.Payloads;
import org.missionhub.it.support.Person;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;

/**
 * A mission's own survey: the lead's leader puts the template to the people of the mission's two
 * organisations, they answer, the results are published to those organisations and to nobody else.
 */
class MissionSurveysIT {

  private final String instrument = Campaigns.publishedTemplate();

  @Test
  void aMissionSurveyIsAnsweredByThePartnersPeopleAndItsResultsStayInsideTheMission() {
    Org lead = surveying("lead", "NGO", "DK");
    Org partner = surveying("partner", "FOUNDATION", "FR");
    Org outsider = surveying("outsider", "NGO", "DK");
    String mission = Scenario.mission(lead, "Youth mental health");
    Scenario.partnership(lead, mission, partner);
    Person coordinator = Scenario.member(lead, "MEMBER");
    Scenario.role(lead, mission, coordinator, lead.slug(), "COORDINATOR");
    Person first = Scenario.member(partner, "MEMBER");
    Scenario.role(lead, mission, first, partner.slug(), "PARTICIPANT");
    Person second = Scenario.member(partner, "MEMBER");
    Scenario.role(lead, mission, second, partner.slug(), "PARTICIPANT");
    String surveys = lead.missionPath(mission) + "/survey/mission-surveys";
    String partnerSurveys = partner.missionPath(mission) + "/survey/mission-surveys";

    // the published instruments are on offer; a participant may not run a survey; wrong forms name the field
    ApiResponse offered = lead.admin().api().get(surveys + "/instruments");
    assertThat(offered.status()).as(offered.toString()).isEqualTo(200);
    assertThat(offered.array().stream().map(i -> i.asJsonObject().getString("code"))).contains(instrument);
    assertThat(first.api().post(partnerSurveys, form(instrument, null)).status()).isEqualTo(403);
    ApiResponse refused = lead.admin().api().post(surveys, form(instrument, "MISSION"));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field"))).contains("unit");

    // when the leader creates one
    ApiResponse created = lead.admin().api().post(surveys, form(instrument, null));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String survey = created.json().getString("id");
    assertThat(created.json().getString("unit")).isEqualTo("PERSON");

    // then the partner's people see it and it is nowhere else
    assertThat(first.api().get(partnerSurveys).array().stream().map(s -> s.asJsonObject().getString("id"))).containsExactly(survey);
    assertThat(outsider.admin().api().get(outsider.missionPath(mission) + "/survey/mission-surveys").status()).isEqualTo(404);
    assertThat(outsider.admin().api().get(outsider.path() + "/survey/campaigns/" + survey).status()).isEqualTo(404);
    assertThat(partner.admin().api().get(partner.path() + "/survey/campaigns/" + survey).status()).as("not a benchmark invitation").isEqualTo(404);
    assertThat(analyst().get(CAMPAIGNS + "/" + survey).status()).isEqualTo(404);
    assertThat(analyst().get(CAMPAIGNS).array().stream().map(c -> c.asJsonObject().getString("id"))).doesNotContain(survey);

    // the four people of the mission answer, each once
    answer(lead, mission, survey, lead.admin(), "leader");
    answer(lead, mission, survey, coordinator, "coordinator");
    answer(partner, mission, survey, first, "participant");
    answer(partner, mission, survey, second, "participant");
    ApiResponse progress = coordinator.api().get(surveys + "/" + survey + "/progress");
    assertThat(progress.status()).as(progress.toString()).isEqualTo(200);
    assertThat(progress.json().getJsonNumber("submitted").longValue()).isEqualTo(4);
    assertThat(progress.json().getJsonNumber("respondingOrganisations").longValue()).isEqualTo(2);
    assertThat(first.api().get(partnerSurveys + "/" + survey + "/progress").status()).isEqualTo(403);

    // results: the runners may look before publication, the others once published
    assertThat(first.api().get(partnerSurveys + "/" + survey + "/results").status()).isEqualTo(404);
    assertThat(lead.admin().api().get(surveys + "/" + survey + "/results").status()).isEqualTo(200);
    // so are their comments on the results: the runners talk first, the others join once published
    String talk = "PLUGIN:survey/results/" + survey;
    assertThat(lead.admin().api().post(lead.missionPath(mission) + "/comments", Payloads.object("body", "Few leaders answered.", "item", talk)).status()).isEqualTo(201);
    assertThat(first.api().get(partner.missionPath(mission) + "/comments?item=" + talk).status()).isEqualTo(404);
    ApiResponse current = lead.admin().api().get(surveys + "/" + survey);
    ApiResponse closed = lead.admin().api().postAction(surveys + "/" + survey + "/close", current.etag());
    assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
    ApiResponse published = lead.admin().api().postAction(surveys + "/" + survey + "/publish", closed.etag());
    assertThat(published.status()).as(published.toString()).isEqualTo(200);

    ApiResponse role = first.api().get(partnerSurveys + "/" + survey + "/results/role");
    assertThat(role.status()).as(role.toString()).isEqualTo(200);
    JsonObject overall = role.json().getJsonObject("overall").getJsonArray("rows").getJsonObject(0);
    assertThat(overall.getJsonNumber("respondents").longValue()).isEqualTo(4);
    assertThat(cell(overall, "leader").getBoolean("withheld")).as("one leader among four: withheld").isTrue();
    assertThat(analyst().get(CAMPAIGNS + "/" + survey + "/results").status()).as("not the analysts' business").isEqualTo(404);
    ApiResponse joined = first.api().post(partner.missionPath(mission) + "/comments", Payloads.object("body", "We can ask again in spring.", "item", talk));
    assertThat(joined.status()).as(joined.toString()).isEqualTo(201);
    assertThat(first.api().get(partner.missionPath(mission) + "/comments?item=" + talk).items()).hasSize(2);
    assertThat(outsider.admin().api().get(outsider.missionPath(mission) + "/comments?item=" + talk).status()).isEqualTo(404);
    assertThat(outsider.admin().api().get(outsider.missionPath(mission) + "/survey/mission-surveys/" + survey + "/results").status()).isEqualTo(404);

    // asked again later, the survey's second wave is compared with the first
    String again = lead.admin().api().post(surveys, form(instrument, null)).json().getString("id");
    answer(lead, mission, again, lead.admin(), "leader");
    answer(lead, mission, again, coordinator, "coordinator");
    answer(partner, mission, again, first, "participant");
    answer(partner, mission, again, second, "participant");
    assertThat(first.api().get(partnerSurveys + "/" + again + "/waves/phase").status()).as("not published yet").isEqualTo(404);
    ApiResponse running = lead.admin().api().get(surveys + "/" + again + "/waves/phase");
    assertThat(running.status()).as(running.toString()).isEqualTo(200);
    assertThat(running.json().getJsonArray("waves")).as("the runners compare before publication").hasSize(2);
    ApiResponse againClosed = lead.admin().api().postAction(surveys + "/" + again + "/close", lead.admin().api().get(surveys + "/" + again).etag());
    assertThat(lead.admin().api().postAction(surveys + "/" + again + "/publish", againClosed.etag()).status()).isEqualTo(200);
    ApiResponse waves = first.api().get(partnerSurveys + "/" + again + "/waves/phase");
    assertThat(waves.status()).as(waves.toString()).isEqualTo(200);
    assertThat(waves.json().getJsonArray("waves").stream().map(w -> w.asJsonObject().getString("campaignId"))).containsExactly(survey, again);
    JsonObject step = waves.json().getJsonArray("steps").getJsonObject(0);
    JsonObject unchanged = step.getJsonArray("tables").getJsonObject(0).getJsonArray("rows").getJsonObject(0);
    assertThat(cell(unchanged, "middle").getJsonNumber("points").doubleValue()).as("everyone in the middle both times").isEqualTo(0.0);
    assertThat(outsider.admin().api().get(outsider.missionPath(mission) + "/survey/mission-surveys/" + again + "/waves/phase").status()).isEqualTo(404);
  }

  @Test
  void eachStepOfAMissionSurveyIsANoticeToItsPeopleInTheirLanguage() throws InterruptedException {
    Org lead = surveying("told-lead", "NGO", "DK");
    Org partner = surveying("told-partner", "FOUNDATION", "FR");
    Org outsider = surveying("told-outsider", "NGO", "DK");
    String mission = Scenario.mission(lead, "Circular society");
    Scenario.partnership(lead, mission, partner);
    Person participant = Scenario.member(partner, "MEMBER");
    Scenario.role(lead, mission, participant, partner.slug(), "PARTICIPANT");
    assertThat(participant.api().put("/api/v1/me/mail-settings", Payloads.object("language", "fr", "frequencies", Payloads.nested("plugin:survey", "NEVER")), null)
        .status()).isEqualTo(200);
    String surveys = lead.missionPath(mission) + "/survey/mission-surveys";

    // it opens at once: the mission's people are told, each in their language, with a link to the mission
    ApiResponse created = lead.admin().api().post(surveys, form(instrument, null));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String survey = created.json().getString("id");
    JsonObject opened = notice(participant, "survey.campaign-opened");
    assertThat(opened.getString("message")).contains("How are we working together?", "Circular society", "est ouverte jusqu");
    assertThat(opened.getString("link")).isEqualTo("missions/" + mission);
    assertThat(notice(lead.admin(), "survey.campaign-opened").getString("message")).contains("is open until");

    // closed, then published: told each time, once
    ApiResponse closed = lead.admin().api().postAction(surveys + "/" + survey + "/close", created.etag());
    assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
    assertThat(notice(participant, "survey.campaign-closed").getString("message")).contains("a été close");
    assertThat(lead.admin().api().postAction(surveys + "/" + survey + "/publish", closed.etag()).status()).isEqualTo(200);
    assertThat(notice(participant, "survey.campaign-published").getString("message")).contains("sont publiés");
    assertThat(participant.api().get("/api/v1/me/notices?size=100").items().stream()
        .filter(n -> n.asJsonObject().getString("kind").equals("survey.campaign-opened"))).hasSize(1);
    assertThat(outsider.admin().api().get("/api/v1/me/notices?size=100").items().stream()
        .map(n -> n.asJsonObject().getString("message"))).noneMatch(m -> m.contains("Circular society"));
  }

  @Test
  void aBenchmarkCampaignTellsTheInvitedOrganisationsMissionLeadersAndCoordinatorsOnly() throws InterruptedException {
    // an NGO in Iceland is invited; a foundation there and an NGO in Malta are not
    Org invited = surveying("invited", "NGO", "IS");
    Org otherType = surveying("other-type", "FOUNDATION", "IS");
    Org otherCountry = surveying("other-country", "NGO", "MT");
    String mission = Scenario.mission(invited, "Healthy oceans");
    Person coordinator = Scenario.member(invited, "MEMBER");
    Scenario.role(invited, mission, coordinator, invited.slug(), "COORDINATOR");
    Person participant = Scenario.member(invited, "MEMBER");
    Scenario.role(invited, mission, participant, invited.slug(), "PARTICIPANT");
    Scenario.mission(otherType, "Healthy oceans too");
    Scenario.mission(otherCountry, "Healthy oceans as well");
    // an NGO in Iceland without the survey plugin: its leaders cannot answer, its administrators are told to switch it on
    Org switchedOff = Scenario.organisation("switched-off", "NGO", "IS");
    Person switchedOffLeader = Scenario.member(switchedOff, "MEMBER");
    Scenario.role(switchedOff, Scenario.mission(switchedOff, "Healthy fjords"), switchedOffLeader, switchedOff.slug(), "LEADER");
    OffsetDateTime now = OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS);
    String title = "Ocean missions " + Scenario.shortId();
    ApiResponse opened = analyst().post(CAMPAIGNS, Payloads.object(
        "title", title, "instrument", Payloads.nested("code", instrument, "version", 1),
        "audience", Payloads.nested("organisationTypes", java.util.List.of("NGO"), "countries", java.util.List.of("IS")),
        "unit", "MISSION", "anonymous", false, "editableAfterSubmit", false, "minimumCellSize", 5,
        "opensAt", now.minusMinutes(1).toString(), "closesAt", now.plusDays(1).toString()));
    assertThat(opened.status()).as(opened.toString()).isEqualTo(201);

    // the mission's leader and coordinator are told, with a link to the mission
    JsonObject told = notice(invited.admin(), "survey.campaign-opened", title);
    assertThat(told.getString("message")).contains(title, "Healthy oceans", "is open until");
    assertThat(told.getString("link")).isEqualTo("missions/" + mission);
    assertThat(notice(coordinator, "survey.campaign-opened", title).getString("message")).contains("Healthy oceans");
    JsonObject switchOn = notice(switchedOff.admin(), "survey.campaign-invitation", title);
    assertThat(switchOn.getString("message")).contains("invites Organisation " + switchedOff.slug(), "Switch the Surveys plugin on");
    assertThat(switchOn.getString("link")).isEqualTo("organisation/plugins");
    // (the job tells everyone in one run: by now the others would have it)
    for (Person untold : java.util.List.of(participant, otherType.admin(), otherCountry.admin(), switchedOffLeader)) {
      assertThat(untold.api().get("/api/v1/me/notices?size=100").items().stream().map(n -> n.asJsonObject().getString("message")))
          .as(untold.name()).noneMatch(m -> m.contains(title));
    }
  }

  private static JsonObject notice(Person person, String kind) throws InterruptedException {
    return notice(person, kind, "");
  }

  /** The person's notice of this kind (saying this), once the announcements job (every 2 s in tests) has written it. */
  private static JsonObject notice(Person person, String kind, String saying) throws InterruptedException {
    for (int attempt = 0; attempt < 60; attempt++) {
      var found = person.api().get("/api/v1/me/notices?size=100").items().stream().map(v -> v.asJsonObject())
          .filter(n -> n.getString("kind").equals(kind) && n.getString("message").contains(saying)).findFirst();
      if (found.isPresent()) {
        return found.get();
      }
      Thread.sleep(500);
    }
    throw new AssertionError("no " + kind + " notice for " + person.name() + " after 30 s");
  }

  private static String form(String code, String unit) {
    OffsetDateTime now = OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS);
    return Payloads.object(
        "title", "How are we working together?",
        "instrument", Payloads.nested("code", code, "version", 1),
        "unit", unit,
        "anonymous", false,
        "editableAfterSubmit", false,
        "minimumCellSize", 3,
        "opensAt", now.minusMinutes(1).toString(),
        "closesAt", now.plusDays(1).toString());
  }

  private static void answer(Org org, String mission, String survey, Person person, String role) {
    String path = org.missionPath(mission) + "/survey/campaigns/" + survey + "/response";
    ApiResponse saved = person.api().put(path, answers(role, "middle"), null);
    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    ApiResponse submitted = person.api().postAction(path + "/submit", saved.etag());
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
  }

  private static JsonObject cell(JsonObject row, String category) {
    return row.getJsonArray("cells").stream().map(c -> c.asJsonObject()).filter(c -> c.getString("category").equals(category)).findFirst().orElseThrow();
  }
}
