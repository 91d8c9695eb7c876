package org.missionhub.it.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.missionhub.it.support.ApiResponse;
import org.missionhub.it.support.Payloads;
import org.missionhub.it.support.Person;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;

/**
 * The learning log through the API: a participant records a lesson with its evidence (an indicator, a link)
 * and the decision it fed; wrong links, indicators, decisions and dates are refused naming their field; an
 * observer only reads; only the author or a manager changes a lesson; another organisation sees nothing.
 */
class LearningLogIT {

  private final Org lead = Scenario.organisation("learning-lead", "NATIONAL_GOVERNMENT", "DK", "roadmap", "evaluation");
  private final String mission = Scenario.mission(lead, "Mental health for young people");
  private final String learning = lead.missionPath(mission) + "/evaluation/learning";

  @Test
  void participantsRecordWhatTheMissionLearntAndItStaysTheirs() {
    // given an indicator, a decision, a participant, a second participant and an observer
    String evaluation = lead.missionPath(mission) + "/evaluation";
    assertThat(lead.admin().api().post(evaluation + "/indicators", Payloads.object("code", "YMH-1", "name", Payloads.nested("en", "Waiting"))).status()).isEqualTo(201);
    assertThat(lead.admin().api().post(evaluation + "/indicators", Payloads.object("code", "YMH-2", "name", Payloads.nested("en", "Schools"))).status()).isEqualTo(201);
    ApiResponse decision = lead.admin().api().post(lead.missionPath(mission) + "/decisions", Payloads.decision("Extend the helpline to weekends", "ADOPTED", null));
    assertThat(decision.status()).as(decision.toString()).isEqualTo(201);
    Person participant = person("PARTICIPANT");
    Person other = person("PARTICIPANT");
    Person observer = person("OBSERVER");

    // when the participant records a lesson
    ApiResponse added = participant.api().post(learning, Payloads.object(
        "insight", "Most calls come on Sunday evenings", "evidence", "Helpline log, spring", "evidenceUrl", "https://example.org/helpline-log.pdf",
        "indicator", "ymh-1", "implication", "Staff the helpline at weekends", "decision", decision.json().getString("id")));

    // then it is in the log, linked to the indicator and the decision
    assertThat(added.status()).as(added.toString()).isEqualTo(201);
    assertThat(added.json().getString("indicator")).isEqualTo("YMH-1");
    assertThat(added.json().getString("decisionTitle")).isEqualTo("Extend the helpline to weekends");
    assertThat(added.json().getString("recordedOn")).isNotBlank();
    assertThat(participant.api().post(learning, Payloads.object("insight", "Schools want one contact person", "indicator", "YMH-2")).status()).isEqualTo(201);
    assertThat(lead.admin().api().get(learning + "?indicator=YMH-1").array().getValuesAs(JsonObject.class)).extracting(l -> l.getString("insight"))
        .containsExactly("Most calls come on Sunday evenings");
    assertThat(lead.admin().api().get(learning).array()).hasSize(2);

    // wrong parts are refused naming their field
    assertThat(field(participant.api().post(learning, Payloads.object("insight", "x", "evidenceUrl", "javascript:alert(1)")))).isEqualTo("evidenceUrl");
    assertThat(field(participant.api().post(learning, Payloads.object("insight", "x", "indicator", "NOPE")))).isEqualTo("indicator");
    assertThat(field(participant.api().post(learning, Payloads.object("insight", "x", "decision", "00000000-0000-4000-8000-000000000000")))).isEqualTo("decision");
    assertThat(field(participant.api().post(learning, Payloads.object("insight", "x", "recordedOn", "2999-01-01")))).isEqualTo("recordedOn");
    assertThat(field(participant.api().post(learning, Payloads.object("evidence", "no insight")))).isEqualTo("insight");

    // an observer reads but does not write; only the author or a manager changes a lesson
    assertThat(observer.api().get(learning).status()).isEqualTo(200);
    assertThat(observer.api().post(learning, Payloads.object("insight", "I saw it")).status()).isEqualTo(403);
    String path = learning + "/" + added.json().getString("id");
    String change = Payloads.object("insight", "Most calls come on Sunday and Monday evenings", "indicator", "YMH-1");
    assertThat(other.api().put(path, change, added.etag()).status()).isEqualTo(403);
    ApiResponse changed = lead.admin().api().put(path, change, added.etag());
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    assertThat(changed.json().getString("authorName")).isEqualTo(added.json().getString("authorName"));
    assertThat(participant.api().delete(path, added.etag()).status()).as("stale").isEqualTo(412);
    assertThat(participant.api().delete(path, changed.etag()).status()).isEqualTo(204);
    assertThat(lead.admin().api().get(path).status()).isEqualTo(404);

    // another organisation sees nothing
    Org outsider = Scenario.organisation("learning-outsider", "NGO", "FR", "roadmap", "evaluation");
    assertThat(outsider.admin().api().get(outsider.missionPath(mission) + "/evaluation/learning").status()).isEqualTo(404);
  }

  @Test
  void theLogIsFilteredByStepAndTheNextPortfolioReviewHearsWhatWasLearntSinceTheLast() {
    // given two indicators, an outcome measured by the first, and three lessons
    String evaluation = lead.missionPath(mission) + "/evaluation";
    assertThat(lead.admin().api().post(evaluation + "/indicators", Payloads.object("code", "YMH-1", "name", Payloads.nested("en", "Waiting"))).status()).isEqualTo(201);
    assertThat(lead.admin().api().post(evaluation + "/indicators", Payloads.object("code", "YMH-2", "name", Payloads.nested("en", "Schools"))).status()).isEqualTo(201);
    ApiResponse step = lead.admin().api().post(evaluation + "/theory/steps", Payloads.object("kind", "OUTCOME", "title", "Help within a month", "indicators", java.util.List.of("YMH-1")));
    assertThat(step.status()).as(step.toString()).isEqualTo(201);
    for (String[] lesson : new String[][] {{"2026-01-10", "Calls peak on Sundays", "YMH-1"}, {"2026-03-01", "Counsellors refer earlier", "YMH-2"}, {"2026-04-15", "Parents ask first", ""}}) {
      ApiResponse added = lead.admin().api().post(learning, Payloads.object("recordedOn", lesson[0], "insight", lesson[1], "indicator", lesson[2]));
      assertThat(added.status()).as(added.toString()).isEqualTo(201);
    }

    // the lessons about the outcome are those about its indicator; an unknown step is refused naming the field
    assertThat(lead.admin().api().get(learning + "?step=" + step.json().getString("id")).array().getValuesAs(JsonObject.class)).extracting(l -> l.getString("insight"))
        .containsExactly("Calls peak on Sundays");
    assertThat(field(lead.admin().api().get(learning + "?step=nothing"))).isEqualTo("step");

    // without a review cadence, everything is for the first review
    JsonObject before = lead.admin().api().get(learning + "/forward").json();
    assertThat(before.getString("nextReview", null)).as("no cadence, no next review").isNull();
    assertThat(before.getJsonArray("lessons")).hasSize(3);

    // with a quarterly cadence and a review held on 1 February, the next one (1 May) hears the two lessons since
    String roadmap = lead.missionPath(mission) + "/roadmap";
    assertThat(lead.admin().api().put(roadmap + "/review-cadence", Payloads.object("months", 3), null).status()).isEqualTo(200);
    assertThat(lead.admin().api().post(roadmap + "/reviews", Payloads.object("title", "First quarterly review", "heldOn", "2026-02-01")).status()).isEqualTo(201);
    JsonObject forward = lead.admin().api().get(learning + "/forward").json();
    assertThat(forward.getString("lastReview")).isEqualTo("2026-02-01");
    assertThat(forward.getString("nextReview")).isEqualTo("2026-05-01");
    assertThat(forward.getJsonArray("lessons").getValuesAs(JsonObject.class)).extracting(l -> l.getString("insight"))
        .containsExactly("Parents ask first", "Counsellors refer earlier");
  }

  private Person person(String role) {
    Person person = Scenario.member(lead, "MEMBER");
    Scenario.role(lead, mission, person, lead.slug(), role);
    return person;
  }

  private static String field(ApiResponse response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(400);
    return response.json().getJsonArray("errors").getJsonObject(0).getString("field");
  }
}
