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
 * The M&E plan through the API: a leader writes it (bad parts refused naming their field), approves it as a
 * decision of the decision log, the health check turns green, and a change makes it a draft again; an
 * implementer neither writes nor approves it; the reporting schedule says which values are overdue.
 */
class EvaluationPlanIT {

  private final Org lead = Scenario.organisation("plan-lead", "NATIONAL_GOVERNMENT", "DK", "roadmap", "evaluation");
  private final String mission = Scenario.mission(lead, "Mental health for young people");
  private final String evaluation = lead.missionPath(mission) + "/evaluation";

  private String plan(String... indicatorCodes) {
    return Payloads.object(
        "purpose", "Learn each year whether young people get help sooner", "reportWithinDays", 45, "budget", "120000", "currency", "dkk",
        "questions", List.of(
            Payloads.nested("text", "Do young people get help sooner?", "criterion", "EFFECTIVENESS", "indicators", List.of(indicatorCodes)),
            Payloads.nested("text", "Does the help last once the pilots end?", "criterion", "SUSTAINABILITY", "indicators", List.of())),
        "moments", List.of((Object) Payloads.nested("kind", "MID_TERM", "title", "Mid-term evaluation with the steering group", "due", "2028-06-30")));
  }

  @Test
  void aLeaderApprovesThePlanAsADecisionAndTheHealthCheckFollowsIt() {
    // given an indicator, reported for 2025 but not for 2026 (due 45 days after the year ends, so overdue only later)
    String indicator = lead.admin().api().post(evaluation + "/indicators", Payloads.object(
        "code", "YMH-1", "name", Payloads.nested("en", "Waiting more than 30 days"), "unit", "%", "direction", "DECREASE", "baseline", "80", "baselineDate", "2024-12-31",
        "targets", List.of((Object) Payloads.nested("period", "2028", "value", "30")))).json().getString("id");
    assertThat(lead.admin().api().post(evaluation + "/indicators/" + indicator + "/actuals", Payloads.object("period", "2025", "value", "76")).status()).isEqualTo(201);
    ApiResponse none = lead.admin().api().get(evaluation + "/plan");
    assertThat(none.status()).isEqualTo(200);
    assertThat(none.json().getBoolean("exists")).isFalse();
    assertThat(none.etag()).isEqualTo("\"0\"");
    assertThat(healthCheck().getBoolean("passed")).isFalse();

    // when the leader writes the plan
    ApiResponse saved = lead.admin().api().put(evaluation + "/plan", plan("ymh-1"), none.etag());
    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    assertThat(saved.json().getString("status")).isEqualTo("DRAFT");
    assertThat(saved.json().getString("currency")).isEqualTo("DKK");
    assertThat(saved.json().getJsonArray("criteria").getValuesAs(jakarta.json.JsonString.class)).extracting(jakarta.json.JsonString::getString)
        .containsExactly("EFFECTIVENESS", "SUSTAINABILITY");
    assertThat(saved.json().getJsonArray("questions").getJsonObject(0).getJsonArray("indicators").getString(0)).isEqualTo("YMH-1");
    // the schedule: 2025 reported; 2026 not yet due (the year has not ended)
    assertThat(saved.json().getJsonArray("reports").getValuesAs(JsonObject.class)).extracting(r -> r.getString("period") + ":" + r.getString("state"))
        .containsExactly("2025:REPORTED");
    assertThat(saved.json().getInt("reportedShare")).isEqualTo(100);

    // then a leader approves it: a decision in the decision log, and the health check passes
    ApiResponse approved = approve(lead.admin(), saved.etag(), "Steering group");
    assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
    assertThat(approved.json().getString("status")).isEqualTo("APPROVED");
    String decision = approved.json().getString("approvalDecisionId");
    ApiResponse logged = lead.admin().api().get(lead.missionPath(mission) + "/decisions/" + decision);
    assertThat(logged.status()).as(logged.toString()).isEqualTo(200);
    assertThat(logged.json().getString("title")).isEqualTo("Monitoring and evaluation plan approved");
    assertThat(logged.json().getString("status")).isEqualTo("ADOPTED");
    assertThat(healthCheck().getBoolean("passed")).isTrue();
    assertThat(approve(lead.admin(), approved.etag(), "Steering group").status()).as("approved already").isEqualTo(409);
    // the organisation's coverage counts it: of its two missions, one has a plan
    String other = Scenario.mission(lead, "The irresistible circular society");
    JsonObject coverage = lead.admin().api().get(lead.path() + "/evaluation/coverage").json();
    assertThat(coverage.getInt("missions")).isEqualTo(2);
    assertThat(coverage.getInt("withPlan")).isEqualTo(1);
    assertThat(coverage.getInt("planShare")).isEqualTo(50);
    assertThat(coverage.getJsonArray("withoutPlan").getString(0)).isEqualTo("The irresistible circular society");
    assertThat(other).isNotBlank();
    // and the platform's: the analyst sees at least this mission among the national governments' planned ones; a member may not look
    JsonObject platform = Scenario.benchmarkAnalyst().api().get("/api/v1/platform/evaluation/coverage").json();
    assertThat(platform.getJsonObject("overall").getInt("withPlan")).isPositive();
    assertThat(platform.getJsonObject("overall").getInt("missions")).isGreaterThanOrEqualTo(platform.getJsonObject("overall").getInt("withPlan") + 1);
    assertThat(platform.getJsonArray("byLeadType").getValuesAs(JsonObject.class)).anySatisfy(g -> {
      assertThat(g.getString("group")).isEqualTo("NATIONAL_GOVERNMENT");
      assertThat(g.getInt("withPlan")).isPositive();
    });
    assertThat(Scenario.platformAdmin().api().get("/api/v1/platform/evaluation/coverage").status()).isEqualTo(200);
    assertThat(lead.admin().api().get("/api/v1/platform/evaluation/coverage").status()).isEqualTo(403);

    // a change makes it a draft to approve again, and the health check says so
    ApiResponse changed = lead.admin().api().put(evaluation + "/plan", plan("YMH-1"), approved.etag());
    assertThat(changed.json().getString("status")).isEqualTo("DRAFT");
    assertThat(changed.json().getString("approvedOn")).isNotBlank();
    assertThat(healthCheck().getBoolean("passed")).isFalse();
  }

  @Test
  void aPlanIsRefusedPartByPartAndApprovedOnlyWhenAQuestionHasAnIndicator() {
    ApiResponse refused = lead.admin().api().put(evaluation + "/plan", Payloads.object(
        "reportWithinDays", 400, "budget", "5000", "currency", "kroner",
        "questions", List.of((Object) Payloads.nested("text", "", "criterion", "BEAUTY", "indicators", List.of("NOPE-1"))),
        "moments", List.of((Object) Payloads.nested("kind", "FINAL", "title", "Final evaluation", "due", "next year"))), "\"0\"");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().getJsonArray("errors").getValuesAs(JsonObject.class)).extracting(e -> e.getString("field"))
        .contains("reportWithinDays", "currency", "questions[0].text", "questions[0].criterion", "questions[0].indicators", "moments[0].due");
    assertThat(lead.admin().api().get(evaluation + "/plan").json().getBoolean("exists")).as("nothing half-written").isFalse();

    ApiResponse saved = lead.admin().api().put(evaluation + "/plan", plan(), "\"0\"");
    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    ApiResponse incomplete = approve(lead.admin(), saved.etag(), "Steering group");
    assertThat(incomplete.status()).isEqualTo(409);
    assertThat(incomplete.json().getString("detail")).contains("indicator");
    assertThat(lead.admin().api().put(evaluation + "/plan", plan(), "\"0\"").status()).as("stale").isEqualTo(412);
    assertThat(lead.admin().api().send("PUT", evaluation + "/plan", plan(), Map.of("Content-Type", "application/json")).status()).isEqualTo(428);
  }

  @Test
  void anImplementerReadsThePlanButNeitherWritesNorApprovesIt() {
    Person implementer = Scenario.member(lead, "MEMBER");
    Scenario.role(lead, mission, implementer, lead.slug(), "IMPLEMENTER");
    ApiResponse saved = lead.admin().api().put(evaluation + "/plan", plan(), "\"0\"");

    assertThat(implementer.api().get(evaluation + "/plan").status()).isEqualTo(200);
    assertThat(implementer.api().put(evaluation + "/plan", plan(), saved.etag()).status()).isEqualTo(403);
    assertThat(approve(implementer, saved.etag(), "Us").status()).isEqualTo(403);
    Org outsider = Scenario.organisation("plan-outsider", "NGO", "FR", "roadmap", "evaluation");
    assertThat(outsider.admin().api().get(outsider.missionPath(mission) + "/evaluation/plan").status()).isEqualTo(404);
  }

  private ApiResponse approve(Person person, String etag, String decidedBy) {
    return person.api().send("POST", evaluation + "/plan/approval", Payloads.object("decidedBy", decidedBy),
        Map.of("Content-Type", "application/json", "If-Match", etag));
  }

  private JsonObject healthCheck() {
    ApiResponse health = lead.admin().api().get(lead.missionPath(mission) + "/health");
    assertThat(health.status()).as(health.toString()).isEqualTo(200);
    return health.json().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
        .filter(c -> c.getString("id").equals("evaluation.plan-approved"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no evaluation check in " + health));
  }
}
