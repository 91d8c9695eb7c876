package org.missionhub.it.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.missionhub.it.support.ApiResponse;
import org.missionhub.it.support.Payloads;
import org.missionhub.it.support.Person;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;

/**
 * The reminders job (every two seconds in the tests instead of daily): under an approved M&E plan, the person
 * responsible for an indicator hears that last month's value is due in three days, and the reporting
 * organisation's people and the mission's leaders that last year's values of another are overdue; each
 * reminder once, however often the job runs; an observer hears nothing.
 */
class ReportRemindersIT {

  private final Org lead = Scenario.organisation("reminders-lead", "NATIONAL_GOVERNMENT", "DK", "roadmap", "evaluation");
  private final String mission = Scenario.mission(lead, "Mental health for young people");
  private final String evaluation = lead.missionPath(mission) + "/evaluation";

  @Test
  void theResponsiblePersonHearsOfAValueDueAndTheLeadersOfValuesOverdueEachOnce() throws InterruptedException {
    // given an implementer responsible for a monthly indicator, an observer, and a yearly indicator nobody is named for
    Person implementer = Scenario.member(lead, "MEMBER");
    Scenario.role(lead, mission, implementer, lead.slug(), "IMPLEMENTER");
    Person observer = Scenario.member(lead, "MEMBER");
    Scenario.role(lead, mission, observer, lead.slug(), "OBSERVER");
    LocalDate today = LocalDate.now();
    LocalDate lastMonthEnd = today.withDayOfMonth(1).minusDays(1);
    LocalDate monthBeforeEnd = lastMonthEnd.withDayOfMonth(1).minusDays(1);
    created(lead.admin().api().post(evaluation + "/indicators", Payloads.object(
        "code", "CALLS", "name", Payloads.nested("en", "Helpline calls answered"), "periodicity", "MONTHLY", "responsible", implementer.subject(),
        "baseline", "100", "baselineDate", monthBeforeEnd.toString(), "targets", List.of((Object) Payloads.nested("period", (today.getYear() + 2) + "-12", "value", "400")))));
    created(lead.admin().api().post(evaluation + "/indicators", Payloads.object(
        "code", "WAIT", "name", Payloads.nested("en", "Waiting more than 30 days"), "periodicity", "YEARLY", "direction", "DECREASE",
        "baseline", "80", "baselineDate", (today.getYear() - 3) + "-12-31", "targets", List.of((Object) Payloads.nested("period", String.valueOf(today.getYear() + 2), "value", "30")))));
    // last month's value is due three days from now
    long reportWithinDays = ChronoUnit.DAYS.between(lastMonthEnd, today) + 3;

    // when the plan that names them is approved
    ApiResponse saved = lead.admin().api().put(evaluation + "/plan", Payloads.object(
        "reportWithinDays", reportWithinDays, "questions", List.of((Object) Payloads.nested("text", "Do young people get help sooner?", "criterion", "EFFECTIVENESS",
            "indicators", List.of("CALLS", "WAIT")))), "\"0\"");
    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    ApiResponse approved = lead.admin().api().send("POST", evaluation + "/plan/approval", Payloads.object("decidedBy", "Steering group"),
        Map.of("Content-Type", "application/json", "If-Match", saved.etag()));
    assertThat(approved.status()).as(approved.toString()).isEqualTo(200);

    // then the responsible implementer hears that the monthly value is due, and of the overdue yearly values (a reporter of the organisation)
    List<JsonObject> implementers = await(implementer, "evaluation.report-due", "evaluation.report-overdue");
    JsonObject due = implementers.stream().filter(n -> n.getString("kind").equals("evaluation.report-due")).findFirst().orElseThrow();
    assertThat(due.getString("message")).contains("CALLS · Helpline calls answered").contains("is due on " + today.plusDays(3));
    // the leader hears of the overdue values (a leader) but not of the due one (the implementer is named for it)
    List<JsonObject> leaders = await(lead.admin(), "evaluation.report-overdue");
    assertThat(leaders).extracting(n -> n.getString("kind")).doesNotContain("evaluation.report-due");
    assertThat(leaders.stream().filter(n -> n.getString("kind").equals("evaluation.report-overdue")).findFirst().orElseThrow().getString("message"))
        .contains("WAIT · Waiting more than 30 days").contains("has not been reported");

    // each once, however often the job runs (every two seconds here)
    Thread.sleep(6_000);
    assertThat(notices(implementer)).isEqualTo(implementers.size());
    assertThat(notices(lead.admin())).isEqualTo(leaders.size());
    assertThat(observer.api().get("/api/v1/me/notices").itemValues("kind")).as("an observer does not report").noneMatch(k -> k.startsWith("evaluation."));
  }

  private List<JsonObject> await(Person person, String... kinds) throws InterruptedException {
    for (int tries = 0; tries < 60; tries++) {
      List<JsonObject> notices = evaluationNotices(person);
      if (notices.stream().map(n -> n.getString("kind")).toList().containsAll(List.of(kinds))) {
        return notices;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("no " + List.of(kinds) + " for " + person.name() + " in 30 s: " + evaluationNotices(person));
  }

  private int notices(Person person) {
    return evaluationNotices(person).size();
  }

  private static List<JsonObject> evaluationNotices(Person person) {
    return person.api().get("/api/v1/me/notices?size=100").items().getValuesAs(JsonObject.class).stream().filter(n -> n.getString("kind").startsWith("evaluation.")).toList();
  }

  private static String created(ApiResponse response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(201);
    return response.json().getString("id");
  }
}
