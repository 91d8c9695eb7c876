package org.missionhub.it.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.missionhub.it.survey.Campaigns.CAMPAIGNS;
import static org.missionhub.it.survey.Campaigns.analyst;
import static org.missionhub.it.survey.Campaigns.surveying;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionhub.it.support.ApiResponse;
import org.missionhub.it.support.AuditLog;
import org.missionhub.it.support.Payloads;
import org.missionhub.it.support.Person;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;

/**
 * An organisation's own questionnaire: a mission's coordinator builds and publishes it through the mission,
 * runs a mission survey on it, the partner's people answer it; other organisations never see it, may use the
 * same code for theirs, and a benchmark campaign cannot use it.
 */
class OrganisationInstrumentsIT {

  @Test
  void aCoordinatorBuildsTheOrganisationsOwnQuestionnaireAndRunsTheMissionsSurveyOnIt() {
    Org lead = surveying("own-lead", "LOCAL_GOVERNMENT", "DK");
    Org partner = surveying("own-partner", "NGO", "DK");
    Org outsider = surveying("own-outsider", "NGO", "DK");
    String mission = Scenario.mission(lead, "Green school yards");
    Scenario.partnership(lead, mission, partner);
    Person coordinator = Scenario.member(lead, "MEMBER");
    Scenario.role(lead, mission, coordinator, lead.slug(), "COORDINATOR");
    Person participant = Scenario.member(partner, "MEMBER");
    Scenario.role(lead, mission, participant, partner.slug(), "PARTICIPANT");
    String own = lead.missionPath(mission) + "/survey/own-instruments";
    String code = "pulse_" + Scenario.shortId().replace('-', '_');

    // a participant may not write the organisation's questionnaires; an outsider does not find the mission
    assertThat(participant.api().get(partner.missionPath(mission) + "/survey/own-instruments").status()).isEqualTo(403);
    assertThat(outsider.admin().api().get(outsider.missionPath(mission) + "/survey/own-instruments").status()).isEqualTo(404);
    String noOptions = definition(code, "Yes").replace("[{\"code\": \"yes\", \"label\": {\"en\": \"Yes\"}}, {\"code\": \"no\", \"label\": {\"en\": \"No\"}}]", "[]");
    ApiResponse broken = coordinator.api().post(own, "{\"definition\": " + noOptions + "}");
    assertThat(broken.status()).as(broken.toString()).isEqualTo(400);
    assertThat(broken.json().getJsonArray("errors").getJsonObject(0).getString("field")).startsWith("definition.sections[0].questions[0]");

    // when the coordinator creates and publishes it
    ApiResponse created = coordinator.api().post(own, "{\"definition\": " + definition(code, "Yes") + "}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.header("Location")).endsWith("/survey/own-instruments/" + code + "/versions/1");
    ApiResponse published = coordinator.api().postAction(own + "/" + code + "/versions/1/publish", created.etag());
    assertThat(published.status()).as(published.toString()).isEqualTo(200);

    // then it is the lead's alone: another organisation may use the same code, and neither sees the other's
    ApiResponse theirs = outsider.admin().api().post(outsider.missionPath(Scenario.mission(outsider, "Their yards")) + "/survey/own-instruments",
        "{\"definition\": " + definition(code, "Oui") + "}");
    assertThat(theirs.status()).as("codes are per organisation: " + theirs).isEqualTo(201);
    assertThat(lead.admin().api().get(own).array().stream().map(v -> v.asJsonObject().getJsonObject("definition").getJsonObject("title").getString("en")))
        .containsExactly("Pulse Yes");
    assertThat(analyst().get(Campaigns.INSTRUMENTS).array().stream().map(v -> v.asJsonObject().getString("code"))).doesNotContain(code);
    assertThat(analyst().get(Campaigns.INSTRUMENTS + "/" + code + "/versions/1").status()).isEqualTo(404);
    ApiResponse offered = coordinator.api().get(lead.missionPath(mission) + "/survey/mission-surveys/instruments");
    assertThat(offered.array().stream().map(v -> v.asJsonObject()).filter(v -> v.getString("code").equals(code)).map(v -> v.getString("owner")))
        .containsExactly("organisation");

    // a benchmark campaign cannot use it; a mission survey names it as the organisation's
    ApiResponse benchmark = analyst().post(CAMPAIGNS, Campaigns.form(code, List.of(), false, false, 3).replace("\"version\":1", "\"version\":1,\"owner\":\"organisation\""));
    assertThat(benchmark.status()).as(benchmark.toString()).isEqualTo(400);
    assertThat(fields(benchmark)).contains("instrument.owner");
    String surveys = lead.missionPath(mission) + "/survey/mission-surveys";
    ApiResponse notOurs = coordinator.api().post(surveys, survey(code, null));
    assertThat(notOurs.status()).as("without the owner it is an analysts' code, and there is none").isEqualTo(400);
    assertThat(fields(notOurs)).contains("instrument");
    ApiResponse run = coordinator.api().post(surveys, survey(code, "organisation"));
    assertThat(run.status()).as(run.toString()).isEqualTo(201);
    assertThat(run.json().getJsonObject("instrument").getString("owner")).isEqualTo("organisation");
    String id = run.json().getString("id");

    // the partner's participant answers it, reading the lead's questions
    String answer = partner.missionPath(mission) + "/survey/campaigns/" + id + "/response";
    ApiResponse questions = participant.api().get(partner.missionPath(mission) + "/survey/mission-surveys/" + id + "/instrument");
    assertThat(questions.status()).as(questions.toString()).isEqualTo(200);
    assertThat(questions.toString()).contains("Is the yard green?");
    ApiResponse saved = participant.api().put(answer, Payloads.object("answers", Payloads.nested("green", List.of("yes"))), null);
    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    assertThat(participant.api().postAction(answer + "/submit", saved.etag()).status()).isEqualTo(200);
    ApiResponse progress = coordinator.api().get(surveys + "/" + id + "/progress");
    assertThat(progress.json().getJsonNumber("submitted").longValue()).isEqualTo(1);

    // its version is frozen now; the next starts as a copy; the writes are in the lead's audit log and data
    ApiResponse next = coordinator.api().post(own + "/" + code + "/versions", "");
    assertThat(next.status()).as(next.toString()).isEqualTo(201);
    assertThat(next.json().getInt("version")).isEqualTo(2);
    assertThat(AuditLog.entries(lead, "survey.instrument.created").stream().map(e -> e.getString("entityId"))).contains(code + " v1", code + " v2");
    assertThat(AuditLog.entries(lead, "survey.instrument.updated")).isNotEmpty();
    ApiResponse held = lead.admin().api().get(lead.path() + "/plugins/survey/data");
    assertThat(held.array().stream().map(h -> h.asJsonObject()).filter(h -> h.getString("id").equals("instruments")).map(h -> h.getJsonNumber("items").longValue()))
        .containsExactly(1L);
    assertThat(outsider.admin().api().get(outsider.missionPath(mission) + "/survey/mission-surveys/" + id).status()).isEqualTo(404);
    assertThat(outsider.admin().api().get(outsider.missionPath(mission) + "/survey/mission-surveys/" + id + "/instrument").status()).isEqualTo(404);
  }

  private static String definition(String code, String title) {
    return """
        {"code": "%s", "title": {"en": "Pulse %s"}, "description": {"en": "How green our yards are"}, "sections": [{"code": "yard", "title": {"en": "The yard"}, "questions": [
          {"code": "green", "type": "SINGLE_CHOICE", "label": {"en": "Is the yard green?"}, "required": true,
           "options": [{"code": "yes", "label": {"en": "Yes"}}, {"code": "no", "label": {"en": "No"}}], "items": []}]}]}
        """.formatted(code, title);
  }

  private static String survey(String code, String owner) {
    OffsetDateTime now = OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS);
    return Payloads.object(
        "title", "Yard pulse",
        "instrument", owner == null ? Payloads.nested("code", code, "version", 1) : Payloads.nested("code", code, "version", 1, "owner", owner),
        "minimumCellSize", 3,
        "opensAt", now.minusMinutes(1).toString(),
        "closesAt", now.plusDays(1).toString());
  }

  private static List<String> fields(ApiResponse problem) {
    return problem.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")).toList();
  }
}
