package org.missionhub.it.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.missionhub.it.support.Api;
import org.missionhub.it.support.ApiResponse;
import org.missionhub.it.support.Payloads;
import org.missionhub.it.support.Person;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;

/**
 * The evaluation plugin's indicators through the API: a leader defines an indicator a partner reports, the
 * partner's implementer reports values (bad ones refused naming the field), a leader verifies what someone
 * else reported, progress follows the rules, roles are enforced, and another organisation sees nothing.
 */
class EvaluationIT {

  private final Org lead = Scenario.organisation("evaluation-lead", "NATIONAL_GOVERNMENT", "DK", "roadmap", "evaluation");
  private final Org partner = Scenario.organisation("evaluation-partner", "NGO", "DK", "roadmap", "evaluation");
  private final String mission = Scenario.mission(lead, "Mental health for young people");

  // (a single nested object in a list is cast to Object: List.of(Object[]) would spread the array's elements)
  private String indicator(String code, String reporter) {
    return Payloads.object(
        "code", code, "name", Payloads.nested("en", "Young people waiting more than 30 days for help", "fr", "Jeunes attendant plus de 30 jours"),
        "definition", Payloads.nested("en", "Share of referred 12-25 year-olds who wait more than 30 days for a first session"),
        "unit", "%", "direction", "DECREASE", "calculation", "LATEST", "periodicity", "YEARLY", "disaggregations", List.of("age group"),
        "dataSource", "Regional referral registry", "reporter", reporter, "baseline", "80", "baselineDate", "2025-12-31",
        "targets", List.of((Object) Payloads.nested("period", "2028", "value", "30")));
  }

  @Test
  void aPartnerReportsItsIndicatorAndALeaderVerifiesWhatItReported() {
    // given a partner whose implementer reports, and a participant of the lead who only reads
    Scenario.partnership(lead, mission, partner);
    Person implementer = Scenario.member(partner, "MEMBER");
    Scenario.role(lead, mission, implementer, partner.slug(), "IMPLEMENTER");
    Person participant = Scenario.member(lead, "MEMBER");
    Scenario.role(lead, mission, participant, lead.slug(), "PARTICIPANT");
    String evaluation = lead.missionPath(mission) + "/evaluation";
    String partnerEvaluation = partner.missionPath(mission) + "/evaluation";

    // when the leader adds an indicator the partner reports
    ApiResponse added = lead.admin().api().post(evaluation + "/indicators", indicator("YMH-1", partner.slug()));
    assertThat(added.status()).as(added.toString()).isEqualTo(201);
    String id = added.json().getString("id");
    assertThat(added.json().getJsonObject("reporter").getString("slug")).isEqualTo(partner.slug());
    assertThat(added.json().getJsonObject("name").getString("fr")).isEqualTo("Jeunes attendant plus de 30 jours");
    assertThat(added.json().getJsonArray("targets").getJsonObject(0).getString("period")).isEqualTo("2028");
    assertThat(added.json().getJsonObject("progress").getString("track")).isEqualTo("NO_DATA");
    // the person reporting holds a role through the reporting organisation
    String named = Payloads.object("code", "YMH-9", "name", Payloads.nested("en", "Named"), "reporter", partner.slug(), "responsible", participant.subject());
    assertThat(field(lead.admin().api().post(evaluation + "/indicators", named))).isEqualTo("responsible");
    ApiResponse withPerson = lead.admin().api().post(evaluation + "/indicators",
        Payloads.object("code", "YMH-9", "name", Payloads.nested("en", "Named"), "reporter", partner.slug(), "responsible", implementer.subject()));
    assertThat(withPerson.status()).as(withPerson.toString()).isEqualTo(201);
    assertThat(withPerson.json().getString("responsible")).isEqualTo(implementer.subject());
    assertThat(withPerson.json().getString("responsibleName")).isNotBlank();
    assertThat(lead.admin().api().delete(evaluation + "/indicators/" + withPerson.json().getString("id"), withPerson.etag()).status()).isEqualTo(204);
    // only the leaders and coordinators define indicators
    assertThat(implementer.api().post(partnerEvaluation + "/indicators", indicator("YMH-2", partner.slug())).status()).isEqualTo(403);

    // then the partner's implementer reports the total for 2026 and one age group
    String values = partnerEvaluation + "/indicators/" + id + "/actuals";
    ApiResponse total = implementer.api().post(values, Payloads.object("period", "2026", "value", "70", "source", "Registry extract, January"));
    assertThat(total.status()).as(total.toString()).isEqualTo(201);
    assertThat(total.json().getString("verification")).isEqualTo("REPORTED");
    ApiResponse group = implementer.api().post(values, Payloads.object("period", "2026", "disaggregation", "Age Group: 15-19", "value", "75"));
    assertThat(group.status()).as(group.toString()).isEqualTo(201);
    assertThat(group.json().getString("disaggregation")).isEqualTo("age group: 15-19");

    // bad values are refused naming the field; a second total for the same year is a conflict
    assertThat(field(implementer.api().post(values, Payloads.object("period", "2026-Q1", "value", "70")))).isEqualTo("period");
    assertThat(field(implementer.api().post(values, Payloads.object("period", "2031", "value", "70")))).isEqualTo("period");
    assertThat(field(implementer.api().post(values, Payloads.object("period", "2025", "value", "a lot")))).isEqualTo("value");
    assertThat(field(implementer.api().post(values, Payloads.object("period", "2025", "value", "60", "disaggregation", "region: north")))).isEqualTo("disaggregation");
    assertThat(implementer.api().post(values, Payloads.object("period", "2026", "value", "71")).status()).isEqualTo(409);
    // a participant reads but does not report, and the implementer does not verify
    assertThat(participant.api().get(evaluation).status()).isEqualTo(200);
    assertThat(participant.api().post(evaluation + "/indicators/" + id + "/actuals", Payloads.object("period", "2025", "value", "60")).status()).isEqualTo(403);
    String totalPath = partnerEvaluation + "/indicators/" + id + "/actuals/" + total.json().getString("id");
    assertThat(verify(implementer, totalPath, "VERIFIED", null, total.etag()).status()).isEqualTo(403);

    // when the leader verifies it
    ApiResponse verified = verify(lead.admin(), lead.missionPath(mission) + "/evaluation/indicators/" + id + "/actuals/" + total.json().getString("id"), "VERIFIED", null, total.etag());
    assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
    assertThat(verified.json().getString("verification")).isEqualTo("VERIFIED");

    // then progress is the share of the way from 80 to 30, and 70 is above the straight line (63.35 at the end of 2026)
    JsonObject progress = indicatorIn(lead.admin().api().get(evaluation).json(), "YMH-1").getJsonObject("progress");
    assertThat(progress.getString("current")).isEqualTo("70");
    assertThat(progress.getString("percent")).isEqualTo("20.0");
    assertThat(progress.getString("expected")).isEqualTo("63.35");
    assertThat(progress.getString("track")).isEqualTo("OFF_TRACK");
    assertThat(progress.getString("asOf")).isEqualTo("2026-12-31");

    // and the data leaves as tidy CSV: the 2026 total, its age group, the 2028 target
    Api.Download csv = participant.api().download(evaluation + "/export");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    assertThat(csv.disposition()).contains("attachment").contains(".csv");
    assertThat(new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8).lines().skip(1))
        .extracting(line -> line.split(",", -1)[4] + "|" + line.split(",", -1)[7] + "|" + line.split(",", -1)[12])
        .containsExactly("2026||70", "2026|age group: 15-19|75", "2028||");
    assertThat(field(lead.admin().api().get(evaluation + "/export?format=xlsx"))).isEqualTo("format");
  }

  @Test
  void aLeaderDoesNotVerifyWhatTheyReportedAndADisputeNeedsAReasonAndACorrection() {
    // given a second leader, and a value the first one reported for their own organisation's indicator
    Person second = Scenario.member(lead, "MEMBER");
    Scenario.role(lead, mission, second, lead.slug(), "LEADER");
    String evaluation = lead.missionPath(mission) + "/evaluation";
    String id = lead.admin().api().post(evaluation + "/indicators", indicator("YMH-1", lead.slug())).json().getString("id");
    ApiResponse reported = lead.admin().api().post(evaluation + "/indicators/" + id + "/actuals", Payloads.object("period", "2026", "value", "55"));
    String path = evaluation + "/indicators/" + id + "/actuals/" + reported.json().getString("id");

    // four eyes: the reporter cannot verify it
    assertThat(verify(lead.admin(), path, "VERIFIED", null, reported.etag()).status()).isEqualTo(409);
    // disputing needs a reason, and REPORTED is not a verdict
    assertThat(field(verify(second, path, "DISPUTED", " ", reported.etag()))).isEqualTo("note");
    assertThat(field(verify(second, path, "REPORTED", "ok", reported.etag()))).isEqualTo("state");
    ApiResponse disputed = verify(second, path, "DISPUTED", "The registry counts referrals, not people", reported.etag());
    assertThat(disputed.status()).as(disputed.toString()).isEqualTo(200);
    // a disputed value does not count
    assertThat(indicatorIn(lead.admin().api().get(evaluation).json(), "YMH-1").getJsonObject("progress").getString("track")).isEqualTo("NO_DATA");

    // when it is corrected it is reported again, for the other leader to verify; a stale change is refused
    assertThat(lead.admin().api().put(path, Payloads.object("period", "2026", "value", "52"), reported.etag()).status()).isEqualTo(412);
    ApiResponse corrected = lead.admin().api().put(path, Payloads.object("period", "2026", "value", "52", "comment", "People, not referrals"), disputed.etag());
    assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
    assertThat(corrected.json().getString("verification")).isEqualTo("REPORTED");
    assertThat(verify(second, path, "VERIFIED", null, corrected.etag()).status()).isEqualTo(200);
    assertThat(indicatorIn(lead.admin().api().get(evaluation).json(), "YMH-1").getJsonObject("progress").getString("current")).isEqualTo("52");
  }

  @Test
  void aWrongIndicatorIsRefusedWithEveryFieldNamedAndChangesNeedTheRevisionRead() {
    String evaluation = lead.missionPath(mission) + "/evaluation";

    ApiResponse refused = lead.admin().api().post(evaluation + "/indicators", Payloads.object(
        "code", "", "name", Payloads.nested("fr", "Sans anglais"), "direction", "SIDEWAYS", "periodicity", "YEARLY",
        "targets", List.of(Payloads.nested("period", "2027-Q1", "value", "40"), Payloads.nested("period", "2028", "value", "50", "upper", "60")), "reporter", "nobody"));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.json().getJsonArray("errors").getValuesAs(JsonObject.class)).extracting(e -> e.getString("field"))
        .contains("code", "name.en", "direction", "targets[0].period", "targets[1].upper", "reporter");

    ApiResponse added = lead.admin().api().post(evaluation + "/indicators", indicator("YMH-1", lead.slug()));
    String path = evaluation + "/indicators/" + added.json().getString("id");
    assertThat(lead.admin().api().post(evaluation + "/indicators", indicator("ymh-1", lead.slug())).json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("code");
    assertThat(lead.admin().api().send("PUT", path, indicator("YMH-1", lead.slug()), Map.of("Content-Type", "application/json")).status()).isEqualTo(428);
    ApiResponse changed = lead.admin().api().put(path, indicator("YMH-1.1", lead.slug()), added.etag());
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    assertThat(changed.json().getString("code")).isEqualTo("YMH-1.1");
    assertThat(lead.admin().api().delete(path, added.etag()).status()).isEqualTo(412);
    assertThat(lead.admin().api().delete(path, changed.etag()).status()).isEqualTo(204);
    assertThat(lead.admin().api().get(path).status()).isEqualTo(404);
  }

  @Test
  void anIndicatorIsDiscussedByTheMissionsPeopleAndNobodyElse() {
    Scenario.partnership(lead, mission, partner);
    Person implementer = Scenario.member(partner, "MEMBER");
    Scenario.role(lead, mission, implementer, partner.slug(), "IMPLEMENTER");
    Org outsider = Scenario.organisation("evaluation-talk-outsider", "FOUNDATION", "FR", "roadmap", "evaluation");
    String id = lead.admin().api().post(lead.missionPath(mission) + "/evaluation/indicators", indicator("YMH-1", partner.slug())).json().getString("id");
    String item = "PLUGIN:evaluation/indicator/" + id;

    // the leader asks the partner's implementer about the indicator, who is told what it is about and answers
    ApiResponse asked = lead.admin().api().post(lead.missionPath(mission) + "/comments",
        Payloads.object("body", "Can the registry split by region?", "item", item, "mentions", List.of(implementer.subject())));
    assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
    assertThat(implementer.api().get("/api/v1/me/notices?size=100").items().stream().map(n -> n.asJsonObject().getString("message")))
        .anySatisfy(m -> assertThat(m).contains("the indicator \u201cYMH-1 \u00b7 Young people waiting more than 30 days for help\u201d"));
    ApiResponse answered = implementer.api().post(partner.missionPath(mission) + "/comments",
        Payloads.object("body", "From 2027.", "item", item, "replyTo", asked.json().getString("id")));
    assertThat(answered.status()).as(answered.toString()).isEqualTo(201);
    assertThat(lead.admin().api().get(lead.missionPath(mission) + "/comments/counts").json().getJsonNumber(item).longValue()).isEqualTo(2);

    // an indicator that is not the mission's is not found; an outsider finds nothing
    assertThat(lead.admin().api().post(lead.missionPath(mission) + "/comments", Payloads.object("body", "?", "item", "PLUGIN:evaluation/indicator/nope")).status())
        .isEqualTo(404);
    assertThat(outsider.admin().api().get(outsider.missionPath(mission) + "/comments?item=" + item).status()).isEqualTo(404);
  }

  @Test
  void anotherOrganisationSeesNoIndicatorOfTheMission() {
    Org outsider = Scenario.organisation("evaluation-outsider", "FOUNDATION", "FR", "roadmap", "evaluation");
    String id = lead.admin().api().post(lead.missionPath(mission) + "/evaluation/indicators", indicator("YMH-1", lead.slug())).json().getString("id");

    assertThat(outsider.admin().api().get(outsider.missionPath(mission) + "/evaluation").status()).isEqualTo(404);
    assertThat(outsider.admin().api().get(outsider.missionPath(mission) + "/evaluation/indicators/" + id).status()).isEqualTo(404);
    assertThat(outsider.admin().api().post(outsider.missionPath(mission) + "/evaluation/indicators/" + id + "/actuals", Payloads.object("period", "2026", "value", "1")).status())
        .isEqualTo(404);
  }

  private static ApiResponse verify(Person person, String path, String state, String note, String etag) {
    return person.api().send("POST", path + "/verification", Payloads.object("state", state, "note", note), Map.of("Content-Type", "application/json", "If-Match", etag));
  }

  @Test
  void anIndicatorReportedByAnOrganisationWithAFiscalYearFromAprilCountsItsYearsFromApril() {
    // given a partner whose fiscal year starts in April
    Scenario.partnership(lead, mission, partner);
    ApiResponse profile = partner.admin().api().get(partner.path());
    assertThat(partner.admin().api().put(partner.path(), Payloads.object("name", profile.json().getString("name"), "type", "NGO", "country", "DK", "fiscalYearStart", 4),
        profile.etag()).status()).isEqualTo(200);
    String evaluation = lead.missionPath(mission) + "/evaluation";
    String indicator = Payloads.object("code", "YMH-4", "name", Payloads.nested("en", "Counsellors funded"), "periodicity", "QUARTERLY", "reporter", partner.slug(),
        "targets", List.of((Object) Payloads.nested("period", "2027-Q4", "value", "40")));

    // a calendar quarter is not one of its periods: the message shows how they are written
    ApiResponse refused = lead.admin().api().post(evaluation + "/indicators", indicator);
    assertThat(field(refused)).isEqualTo("targets[0].period");
    assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("message")).contains("FY2027/28-Q2").contains("April");

    // when its targets are written in the partner's fiscal quarters
    ApiResponse added = lead.admin().api().post(evaluation + "/indicators", indicator.replace("2027-Q4", "FY2027/28-Q4"));
    assertThat(added.status()).as(added.toString()).isEqualTo(201);
    assertThat(added.json().getInt("yearStart")).isEqualTo(4);
    assertThat(added.json().getJsonArray("targets").getJsonObject(0).getString("period")).isEqualTo("FY2027/28-Q4");

    // then values are reported for fiscal quarters (FY2025/26-Q4 is January to March 2026)
    String values = evaluation + "/indicators/" + added.json().getString("id") + "/actuals";
    assertThat(field(lead.admin().api().post(values, Payloads.object("period", "2026-Q1", "value", "10")))).isEqualTo("period");
    ApiResponse reported = lead.admin().api().post(values, Payloads.object("period", "FY2025/26-Q4", "value", "10"));
    assertThat(reported.status()).as(reported.toString()).isEqualTo(201);
    assertThat(reported.json().getString("period")).isEqualTo("FY2025/26-Q4");
    // and once a value is reported its years stay as they are
    String calendar = Payloads.object("code", "YMH-4", "name", Payloads.nested("en", "Counsellors funded"), "periodicity", "QUARTERLY", "reporter", partner.slug(),
        "yearStart", 1);
    ApiResponse kept = lead.admin().api().get(evaluation + "/indicators/" + added.json().getString("id"));
    assertThat(field(lead.admin().api().put(evaluation + "/indicators/" + added.json().getString("id"), calendar, kept.etag()))).isEqualTo("yearStart");
  }

  private static String field(ApiResponse response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(400);
    return response.json().getJsonArray("errors").getJsonObject(0).getString("field");
  }

  private static JsonObject indicatorIn(JsonObject evaluation, String code) {
    return evaluation.getJsonArray("indicators").getValuesAs(JsonObject.class).stream().filter(i -> i.getString("code").equals(code)).findFirst().orElseThrow();
  }
}
