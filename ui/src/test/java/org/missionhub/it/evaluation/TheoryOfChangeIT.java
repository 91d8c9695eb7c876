package org.missionhub.it.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.missionhub.it.support.ApiResponse;
import org.missionhub.it.support.Payloads;
import org.missionhub.it.support.Person;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;

/**
 * The theory of change through the API: a leader builds it over two roadmap initiatives (read through the
 * roadmap's exported service) up to the mission target; wrong kinds, unknown initiatives and cycles are
 * refused naming the field; the checks point at what leads nowhere; progress rolls up from an indicator to
 * the target; a participant reads, another organisation sees nothing.
 */
class TheoryOfChangeIT {

  private final Org lead = Scenario.organisation("theory-lead", "NATIONAL_GOVERNMENT", "DK", "roadmap", "evaluation");
  private final String mission = Scenario.mission(lead, "Mental health for young people");
  private final String evaluation = lead.missionPath(mission) + "/evaluation";
  private final String theory = evaluation + "/theory";

  @Test
  void aLeaderLinksTheRoadmapsInitiativesThroughAnOutcomeToTheMissionTarget() {
    // given two initiatives in the roadmap and an indicator with a value halfway from baseline to target
    String counsellors = created(lead.admin().api().post(lead.missionPath(mission) + "/roadmap/initiatives", Payloads.object(
        "title", "School counsellors", "type", "PROGRAMME", "start", "2026-01-01", "end", "2027-12-31", "lifecycle", "ACTIVE")));
    created(lead.admin().api().post(lead.missionPath(mission) + "/roadmap/initiatives", Payloads.object(
        "title", "Weekend helpline", "type", "PILOT", "start", "2026-03-01", "end", "2026-12-31", "lifecycle", "ACTIVE")));
    String indicator = created(lead.admin().api().post(evaluation + "/indicators", Payloads.object(
        "code", "YMH-1", "name", Payloads.nested("en", "Young people waiting more than 30 days"), "direction", "DECREASE", "calculation", "LATEST",
        "periodicity", "YEARLY", "baseline", "80", "baselineDate", "2025-12-31", "targets", List.of((Object) Payloads.nested("period", "2028", "value", "30")))));
    assertThat(lead.admin().api().post(evaluation + "/indicators/" + indicator + "/actuals", Payloads.object("period", "2026", "value", "55")).status()).isEqualTo(201);

    // an empty theory names the mission target and the initiatives that contribute to nothing yet
    JsonObject empty = lead.admin().api().get(theory).json();
    assertThat(empty.getJsonObject("target").getString("statement")).startsWith("Halve the share");
    assertThat(empty.getJsonArray("checks").getValuesAs(JsonObject.class)).extracting(c -> c.getString("kind")).containsOnly("CONTRIBUTES_TO_NOTHING").hasSize(2);

    // when the leader adds an outcome measured by the indicator, and the counsellors as a step leading to it
    ApiResponse outcome = lead.admin().api().post(theory + "/steps", Payloads.object(
        "kind", "OUTCOME", "title", "Young people get help within a month", "indicators", List.of("ymh-1")));
    assertThat(outcome.status()).as(outcome.toString()).isEqualTo(201);
    String outcomeId = outcome.json().getString("id");
    ApiResponse step = lead.admin().api().post(theory + "/steps", Payloads.object("kind", "INITIATIVE", "initiative", counsellors));
    assertThat(step.status()).as(step.toString()).isEqualTo(201);
    assertThat(step.json().getString("title")).as("the roadmap's title").isEqualTo("School counsellors");
    assertThat(step.json().getJsonObject("owner").getString("slug")).isEqualTo(lead.slug());
    String stepId = step.json().getString("id");
    ApiResponse link = lead.admin().api().post(theory + "/links", Payloads.object("from", stepId, "to", outcomeId, "assumptions", "Schools free a room"));
    assertThat(link.status()).as(link.toString()).isEqualTo(201);
    assertThat(lead.admin().api().post(theory + "/links", Payloads.object("from", outcomeId, "to", "target", "evidence", "Referral registry")).status()).isEqualTo(201);

    // then progress rolls up: the decreasing indicator is halfway (80 -> 55 of 80 -> 30), so are the outcome and the target
    JsonObject built = lead.admin().api().get(theory).json();
    JsonObject outcomeNow = built.getJsonArray("steps").getValuesAs(JsonObject.class).stream().filter(s -> s.getString("id").equals(outcomeId)).findFirst().orElseThrow();
    assertThat(outcomeNow.getJsonObject("progress").getJsonNumber("percent").bigDecimalValue()).isEqualByComparingTo("50.0");
    assertThat(outcomeNow.getJsonArray("indicators").getString(0)).isEqualTo("YMH-1");
    assertThat(outcomeNow.getJsonArray("leadsTo").getString(0)).isEqualTo("target");
    assertThat(built.getJsonObject("target").getJsonObject("progress").getJsonNumber("percent").bigDecimalValue()).isEqualByComparingTo("50.0");
    assertThat(built.getJsonArray("checks").getValuesAs(JsonObject.class)).as("only the helpline is left out")
        .extracting(c -> c.getString("message")).containsExactly("“Weekend helpline” contributes to nothing: link it to an output or an outcome.");
    assertThat(built.getBoolean("canManage")).isTrue();

    // and the diagram is an SVG picture in the reader's language
    ApiResponse diagram = lead.admin().api().send("GET", theory + "/diagram", null, Map.of("Accept", "image/svg+xml", "Accept-Language", "fr"));
    assertThat(diagram.status()).as(diagram.toString()).isEqualTo(200);
    assertThat(diagram.header("Content-Type")).startsWith("image/svg+xml");
    assertThat(diagram.body()).startsWith("<svg").contains("School counsellors", "Cible de la mission", "RÉSULTAT · 50.0 %");
  }

  @Test
  void wrongStepsAndLinksAreRefusedNamingTheirField() {
    String first = created(lead.admin().api().post(theory + "/steps", Payloads.object("kind", "OUTCOME", "title", "Fewer young people in distress")));
    String second = created(lead.admin().api().post(theory + "/steps", Payloads.object("kind", "OUTCOME", "title", "Help-seeking is normal")));
    String output = created(lead.admin().api().post(theory + "/steps", Payloads.object("kind", "OUTPUT", "title", "Counsellors trained")));
    assertThat(lead.admin().api().post(theory + "/links", Payloads.object("from", second, "to", first)).status()).isEqualTo(201);

    assertThat(field(lead.admin().api().post(theory + "/steps", Payloads.object("kind", "IMPACT", "title", "x")))).isEqualTo("kind");
    assertThat(field(lead.admin().api().post(theory + "/steps", Payloads.object("kind", "OUTCOME")))).isEqualTo("title");
    assertThat(field(lead.admin().api().post(theory + "/steps", Payloads.object("kind", "INITIATIVE", "initiative", "00000000-0000-4000-8000-000000000000")))).isEqualTo("initiative");
    assertThat(field(lead.admin().api().post(theory + "/steps", Payloads.object("kind", "OUTPUT", "title", "x", "indicators", List.of("NOPE"))))).isEqualTo("indicators[0]");
    // a cycle is refused naming the chain it would close
    ApiResponse cycle = lead.admin().api().post(theory + "/links", Payloads.object("from", first, "to", second));
    assertThat(field(cycle)).isEqualTo("to");
    assertThat(cycle.body()).contains("would close a cycle: Help-seeking is normal → Fewer young people in distress → Help-seeking is normal");
    // an outcome does not lead back to an output, nor a step to itself; a link is not repeated
    assertThat(field(lead.admin().api().post(theory + "/links", Payloads.object("from", first, "to", output)))).isEqualTo("to");
    assertThat(field(lead.admin().api().post(theory + "/links", Payloads.object("from", first, "to", first)))).isEqualTo("to");
    assertThat(field(lead.admin().api().post(theory + "/links", Payloads.object("from", second, "to", first)))).isEqualTo("to");
    assertThat(field(lead.admin().api().post(theory + "/links", Payloads.object("from", "nothing", "to", "target")))).isEqualTo("from");
    // nothing of that was written
    assertThat(lead.admin().api().get(theory).json().getJsonArray("links")).hasSize(1);

    // a change names the revision it read; removing a step removes its links
    ApiResponse read = lead.admin().api().get(theory + "/steps/" + second);
    assertThat(lead.admin().api().put(theory + "/steps/" + second, Payloads.object("kind", "OUTCOME", "title", "Asking for help is normal"), "\"7\"").status()).isEqualTo(412);
    assertThat(field(lead.admin().api().put(theory + "/steps/" + second, Payloads.object("kind", "OUTCOME", "title", " "), read.etag()))).isEqualTo("title");
    // an outcome that leads to another cannot become an output below it... nor can an output be led to by an outcome
    assertThat(field(lead.admin().api().put(theory + "/steps/" + first, Payloads.object("kind", "OUTPUT", "title", "Fewer young people in distress"),
        lead.admin().api().get(theory + "/steps/" + first).etag()))).isEqualTo("kind");
    ApiResponse renamed = lead.admin().api().put(theory + "/steps/" + second, Payloads.object("kind", "OUTCOME", "title", "Asking for help is normal"), read.etag());
    assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
    assertThat(lead.admin().api().delete(theory + "/steps/" + second, renamed.etag()).status()).isEqualTo(204);
    assertThat(lead.admin().api().get(theory).json().getJsonArray("links")).isEmpty();
  }

  @Test
  void participantsReadTheTheoryAndOtherOrganisationsSeeNothing() {
    String step = created(lead.admin().api().post(theory + "/steps", Payloads.object("kind", "OUTCOME", "title", "Fewer young people in distress")));
    Person participant = Scenario.member(lead, "MEMBER");
    Scenario.role(lead, mission, participant, lead.slug(), "PARTICIPANT");

    assertThat(participant.api().get(theory).json().getBoolean("canManage")).isFalse();
    assertThat(participant.api().post(theory + "/steps", Payloads.object("kind", "OUTCOME", "title", "Mine")).status()).isEqualTo(403);
    assertThat(participant.api().post(theory + "/links", Payloads.object("from", step, "to", "target")).status()).isEqualTo(403);

    Org outsider = Scenario.organisation("theory-outsider", "NGO", "FR", "roadmap", "evaluation");
    String theirs = outsider.missionPath(mission) + "/evaluation/theory";
    assertThat(outsider.admin().api().get(theirs).status()).isEqualTo(404);
    assertThat(outsider.admin().api().get(theirs + "/steps/" + step).status()).isEqualTo(404);
    assertThat(outsider.admin().api().post(theirs + "/links", Payloads.object("from", step, "to", "target")).status()).isEqualTo(404);
  }

  private static String created(ApiResponse response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(201);
    return response.json().getString("id");
  }

  private static String field(ApiResponse response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(400);
    return response.json().getJsonArray("errors").getJsonObject(0).getString("field");
  }
}
