package org.missionhub.it.funding;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionhub.it.support.ApiResponse;
import org.missionhub.it.support.Payloads;
import org.missionhub.it.support.Person;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;

/**
 * Funders' budget cycles (issue 16): a cycle is checked field by field; a need in a year whose funder's round
 * has closed is alerted, with the amount not committed; "when must we ask" lists the partner's coming last
 * day, and the mission's leaders get one notice ahead of it, however often the job runs.
 */
class FundingCalendarIT {

  private final Org lead = Scenario.organisation("cycle-lead", "NATIONAL_GOVERNMENT", "DK", "roadmap", "funding");
  private final Org partner = Scenario.organisation("cycle-partner", "FOUNDATION", "DK", "roadmap", "funding");
  private final String mission = Scenario.mission(lead, "Mental health for young people");
  private final String funding = lead.missionPath(mission) + "/funding";

  @Test
  void aClosedRoundIsAlertedAndTheComingOneAnnounced() throws InterruptedException {
    Scenario.partnership(lead, mission, partner);
    Person observer = Scenario.member(lead, "MEMBER");
    Scenario.role(lead, mission, observer, lead.slug(), "OBSERVER");
    ApiResponse added = lead.admin().api().post(lead.missionPath(mission) + "/roadmap/initiatives",
        Payloads.object("title", "Counsellors in every school", "type", "PROGRAMME", "start", LocalDate.now().minusYears(1).toString()));
    String schools = added.json().getString("id");
    // the lead's round closed ten days ago (it prepared the year after); the partner's closes in ten days
    LocalDate closed = LocalDate.now().minusDays(10);
    LocalDate closing = LocalDate.now().plusDays(10);
    int closedYear = closed.getYear() + 1;
    int closingYear = closing.getYear() + 1;

    // a cycle is checked field by field, nothing written
    assertThat(field(lead.admin().api().post(funding + "/funders", funder(null, "Ministry", "--02-30", null)))).isEqualTo("calendar.closes");
    assertThat(field(lead.admin().api().post(funding + "/funders", funder(null, "Ministry", "--05-31", 11)))).isEqualTo("calendar.yearsCovered");
    assertThat(field(lead.admin().api().post(funding + "/funders", Payloads.object("name", "Ministry", "sourceType", "NATIONAL_STATE",
        "calendar", Payloads.nested("approval", "--12-15"))))).as("a cycle has a last day").isEqualTo("calendar.closes");
    assertThat(lead.admin().api().get(funding).json().getJsonArray("funders")).isEmpty();

    ApiResponse state = lead.admin().api().post(funding + "/funders", funder(lead.slug(), null, MonthDay.from(closed).toString(), null));
    assertThat(state.status()).as(state.toString()).isEqualTo(201);
    JsonObject cycle = state.json().getJsonObject("calendar");
    assertThat(cycle.getInt("fiscalYearStart")).as("its organisation's fiscal year").isEqualTo(1);
    assertThat(cycle.getString("closes")).isEqualTo(MonthDay.from(closed).toString());
    assertThat(cycle.getInt("yearsCovered")).isEqualTo(1);
    String foundation = created(lead.admin().api().post(funding + "/funders", Payloads.object("organisation", partner.slug(), "sourceType", "PHILANTHROPIC_FOUNDATION")));
    ApiResponse read = lead.admin().api().get(funding + "/funders/" + foundation);
    ApiResponse changed = lead.admin().api().put(funding + "/funders/" + foundation, Payloads.object("organisation", partner.slug(), "sourceType", "PHILANTHROPIC_FOUNDATION",
        "calendar", Payloads.nested("fiscalYearStart", 1, "opens", MonthDay.from(closing.minusDays(40)).toString(), "closes", MonthDay.from(closing).toString(),
            "yearsCovered", 3)), read.etag());
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);

    for (int year : List.of(closedYear, closingYear)) {
      assertThat(lead.admin().api().put(funding + "/needs", Payloads.object("initiative", schools, "year", year, "amount", "100000.00", "currency", "EUR"), null).status())
          .isEqualTo(200);
    }
    created(lead.admin().api().post(funding + "/flows", Payloads.object("funder", created(state), "initiative", schools, "stage", "COMMITMENT",
        "date", LocalDate.now().toString(), "amount", "30000.00", "currency", "EUR")));
    created(lead.admin().api().post(funding + "/flows", Payloads.object("funder", foundation, "initiative", schools, "stage", "PLEDGE",
        "date", LocalDate.now().toString(), "amount", "10000.00", "currency", "EUR")));

    // the lead's round for that year has closed with 70,000 of its need not committed (commitments cover the earliest year first)
    JsonObject plan = observer.api().get(funding).json();
    List<JsonObject> alerts = plan.getJsonArray("alerts").getValuesAs(JsonObject.class);
    JsonObject alert = alerts.stream().filter(a -> a.getString("kind").equals("BUDGET_CLOSED") && a.getString("funder").equals(created(state))).findFirst()
        .orElseThrow(() -> new AssertionError("no closed round in " + alerts));
    assertThat(alert.getInt("year")).isEqualTo(closedYear);
    assertThat(alert.getString("day")).isEqualTo(closed.toString());
    assertThat(alert.getString("amount")).isEqualTo("70000.00");
    assertThat(alert.getString("fiscalYear")).isEqualTo("FY" + closedYear);
    assertThat(alert.getString("title")).isEqualTo("Counsellors in every school");
    assertThat(alerts).as("the partner's round is open").noneMatch(a -> a.getString("funder").equals(foundation) && a.getString("kind").equals("BUDGET_CLOSED"));

    // when must we ask: the partner's round closes in ten days
    List<JsonObject> deadlines = plan.getJsonArray("deadlines").getValuesAs(JsonObject.class);
    assertThat(deadlines).anySatisfy(d -> {
      assertThat(d.getString("kind")).isEqualTo("CLOSES");
      assertThat(d.getString("funder")).isEqualTo(foundation);
      assertThat(d.getString("day")).isEqualTo(closing.toString());
      assertThat(d.getString("fiscalYear")).isEqualTo("FY" + closingYear);
      assertThat(d.getJsonArray("initiatives").getString(0)).isEqualTo(schools);
    });

    // the leader hears of it once (the job runs every two seconds here); an observer does not
    List<JsonObject> notices = await(lead.admin());
    assertThat(notices).hasSize(1);
    assertThat(notices.get(0).getString("message")).contains("Organisation " + partner.slug(), "until " + closing, "FY" + closingYear);
    Thread.sleep(6_000);
    assertThat(deadlineNotices(lead.admin())).hasSize(1);
    assertThat(deadlineNotices(observer)).isEmpty();
  }

  private static String funder(String organisation, String name, String closes, Integer years) {
    return Payloads.object("organisation", organisation, "name", name, "sourceType", "NATIONAL_STATE", "calendar", Payloads.nested("closes", closes, "yearsCovered", years));
  }

  private static List<JsonObject> await(Person person) throws InterruptedException {
    for (int tries = 0; tries < 60; tries++) {
      List<JsonObject> notices = deadlineNotices(person);
      if (!notices.isEmpty()) {
        return notices;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("no funding.deadline notice for " + person.name() + " in 30 s");
  }

  private static List<JsonObject> deadlineNotices(Person person) {
    return person.api().get("/api/v1/me/notices?size=100").items().getValuesAs(JsonObject.class).stream().filter(n -> n.getString("kind").equals("funding.deadline")).toList();
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
