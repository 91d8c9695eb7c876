package org.missionhub.it.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.missionhub.it.support.ApiResponse;
import org.missionhub.it.support.Payloads;
import org.missionhub.it.support.Person;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;
import org.missionhub.it.survey.Campaigns;

/**
 * An indicator fed from a mission survey (issue 15, contract 1.7.0 "uses"): the leader chooses a figure the
 * mission's survey gives (the share of respondents in the middle of their mission), and once the survey's
 * results are published the indicator has its value for the period the survey closed in, written by the
 * survey, without anyone reporting it; a value people reported is never overwritten. Only managers choose a
 * feed; another organisation sees none of it.
 */
class SurveyFedIndicatorIT {

  private final Org lead = Scenario.organisation("fed-lead", "NATIONAL_GOVERNMENT", "DK", "survey", "roadmap", "evaluation");
  private final Org partner = Scenario.organisation("fed-partner", "NGO", "DK", "survey", "roadmap", "evaluation");
  private final String mission = Scenario.mission(lead, "Mental health for young people");
  private final String evaluation = lead.missionPath(mission) + "/evaluation";

  @Test
  void aPublishedSurveyFeedsTheIndicatorItsLeaderChose() throws InterruptedException {
    Scenario.partnership(lead, mission, partner);
    Person participant = Scenario.member(partner, "MEMBER");
    Scenario.role(lead, mission, participant, partner.slug(), "PARTICIPANT");
    Person implementer = Scenario.member(partner, "MEMBER");
    Scenario.role(lead, mission, implementer, partner.slug(), "IMPLEMENTER");
    Person coordinator = Scenario.member(lead, "MEMBER");
    Scenario.role(lead, mission, coordinator, lead.slug(), "COORDINATOR");
    String instrument = Campaigns.publishedTemplate();
    String surveys = lead.missionPath(mission) + "/survey/mission-surveys";
    ApiResponse created = lead.admin().api().post(surveys, survey(instrument));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String survey = created.json().getString("id");
    String fed = indicator("YMH-5", "People who see their mission in the middle of its life");
    String manual = indicator("YMH-6", "People involved in the mission");
    assertThat(lead.admin().api().post(evaluation + "/indicators/" + manual + "/actuals", Payloads.object("period", "2026", "value", "55")).status()).isEqualTo(201);

    // the figures on offer: every option's share and the means, of the mission's surveys
    JsonObject offered = lead.admin().api().get(evaluation + "/feeds").json();
    assertThat(offered.getJsonArray("available").getString(0)).isEqualTo("SURVEY");
    JsonObject middle = offered.getJsonArray("choices").getValuesAs(JsonObject.class).stream()
        .filter(c -> c.getString("question").equals("phase") && c.getString("option", "").equals("middle")).findFirst().orElseThrow();
    assertThat(middle.getString("source")).isEqualTo(instrument);
    assertThat(middle.getString("measure")).isEqualTo("PERCENT");

    // wrong choices are refused naming the field; only the managers choose
    assertThat(field(lead.admin().api().put(evaluation + "/feeds/" + fed, feed("SURVEY", instrument, "phase", "nowhere"), null))).isEqualTo("option");
    // the funding plan gives figures once it has money: this mission has none
    assertThat(field(lead.admin().api().put(evaluation + "/feeds/" + fed, feed("FUNDING", "mission", "COMMITMENT", null), null))).isEqualTo("question");
    assertThat(field(lead.admin().api().put(evaluation + "/feeds/" + fed, feed("SURVEY", instrument, null, null), null))).isEqualTo("question");
    assertThat(implementer.api().put(partner.missionPath(mission) + "/evaluation/feeds/" + fed, feed("SURVEY", instrument, "phase", "middle"), null).status()).isEqualTo(403);
    ApiResponse chosen = lead.admin().api().put(evaluation + "/feeds/" + fed, feed("SURVEY", instrument, "phase", "middle"), null);
    assertThat(chosen.status()).as(chosen.toString()).isEqualTo(200);
    assertThat(chosen.json().getInt("added")).as("nothing published yet").isZero();
    assertThat(lead.admin().api().put(evaluation + "/feeds/" + manual, feed("SURVEY", instrument, "phase", "middle"), null).json().getInt("kept")).isZero();

    // the mission's people answer; the survey closes and its results are published
    Campaigns.submit(lead, mission, survey, Campaigns.answers("leader", "middle"));
    answer(lead, coordinator, survey, "middle");
    answer(partner, participant, survey, "middle");
    answer(partner, implementer, survey, "middle");
    ApiResponse current = lead.admin().api().get(surveys + "/" + survey);
    ApiResponse closed = lead.admin().api().postAction(surveys + "/" + survey + "/close", current.etag());
    assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
    assertThat(lead.admin().api().postAction(surveys + "/" + survey + "/publish", closed.etag()).status()).isEqualTo(200);

    // then the fed indicator has its value for the year the survey closed in, written by the survey: all four in the middle
    String year = Integer.toString(OffsetDateTime.parse(closed.json().getString("closesAt")).getYear());
    JsonObject value = awaitValue("YMH-5");
    assertThat(value.getString("period")).isEqualTo(year);
    assertThat(new BigDecimal(value.getString("value"))).isEqualByComparingTo("100");
    assertThat(value.getString("reportedByName")).isEqualTo("Survey: How are we working together?");
    assertThat(value.getString("source")).contains("% choosing middle in phase").contains("4 respondents");
    assertThat(value.getString("verification")).isEqualTo("REPORTED");
    // the value people reported for the other indicator stays as they reported it
    JsonObject update = lead.admin().api().post(evaluation + "/feeds/" + manual + "/update", "{}").json();
    assertThat(update.getInt("kept")).isEqualTo(1);
    assertThat(values("YMH-6")).extracting(v -> v.getString("value")).containsExactly("55");
    // updating by hand again changes nothing; the partner's participant reads but does not choose
    assertThat(lead.admin().api().post(evaluation + "/feeds/" + fed + "/update", "{}").json().getInt("unchanged")).isEqualTo(1);
    JsonObject seen = participant.api().get(partner.missionPath(mission) + "/evaluation/feeds").json();
    assertThat(seen.getJsonArray("feeds")).hasSize(2);
    assertThat(participant.api().delete(partner.missionPath(mission) + "/evaluation/feeds/" + fed, null).status()).isEqualTo(403);

    // an outsider sees nothing; stopping the feed keeps the values
    Org outsider = Scenario.organisation("fed-outsider", "NGO", "FR", "survey", "roadmap", "evaluation");
    assertThat(outsider.admin().api().get(outsider.missionPath(mission) + "/evaluation/feeds").status()).isEqualTo(404);
    assertThat(lead.admin().api().delete(evaluation + "/feeds/" + fed, null).status()).isEqualTo(204);
    assertThat(lead.admin().api().get(evaluation + "/feeds").json().getJsonArray("feeds")).hasSize(1);
    assertThat(values("YMH-5")).hasSize(1);
  }

  private String indicator(String code, String name) {
    ApiResponse added = lead.admin().api().post(evaluation + "/indicators", Payloads.object(
        "code", code, "name", Payloads.nested("en", name), "unit", "%", "direction", "INCREASE", "periodicity", "YEARLY", "reporter", lead.slug(),
        "targets", List.of((Object) Payloads.nested("period", "2028", "value", "90"))));
    assertThat(added.status()).as(added.toString()).isEqualTo(201);
    return added.json().getString("id");
  }

  private static String feed(String kind, String source, String question, String option) {
    return Payloads.object("kind", kind, "source", source, "question", question, "option", option);
  }

  private static String survey(String instrument) {
    OffsetDateTime now = OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS);
    return Payloads.object("title", "How are we working together?", "instrument", Payloads.nested("code", instrument, "version", 1), "anonymous", false,
        "editableAfterSubmit", false, "minimumCellSize", 3, "opensAt", now.minusMinutes(1).toString(), "closesAt", now.plusDays(1).toString());
  }

  private void answer(Org org, Person person, String survey, String phase) {
    String path = org.missionPath(mission) + "/survey/campaigns/" + survey + "/response";
    ApiResponse saved = person.api().put(path, Campaigns.answers("participant", phase), null);
    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    assertThat(person.api().postAction(path + "/submit", saved.etag()).status()).isEqualTo(200);
  }

  /** The fed value, written after the publication's transaction committed, off the request. */
  private JsonObject awaitValue(String code) throws InterruptedException {
    for (int i = 0; i < 100; i++) {
      Optional<JsonObject> value = values(code).stream().findFirst();
      if (value.isPresent()) {
        return value.get();
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no value of " + code + " fed from the survey within 20 s");
  }

  private List<JsonObject> values(String code) {
    return lead.admin().api().get(evaluation).json().getJsonArray("indicators").getValuesAs(JsonObject.class).stream()
        .filter(i -> i.getString("code").equals(code)).findFirst().orElseThrow().getJsonArray("actuals").getValuesAs(JsonObject.class);
  }

  private static String field(ApiResponse response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(400);
    return response.json().getJsonArray("errors").getJsonObject(0).getString("field");
  }
}
