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
