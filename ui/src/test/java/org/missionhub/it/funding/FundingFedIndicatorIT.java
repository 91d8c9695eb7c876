package org.missionhub.it.funding;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionhub.it.support.ApiResponse;
import org.missionhub.it.support.Payloads;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;

/**
 * The funding plan feeds the evaluation plugin's indicators (issue 16): the money committed to date, for the
 * whole mission or one initiative, in the mission's currency, is on offer; a fed indicator gets its value at once
 * and follows when money is recorded or withdrawn; another organisation gets 404.
 */
class FundingFedIndicatorIT {

  private final Org lead = Scenario.organisation("funded-ind-lead", "NATIONAL_GOVERNMENT", "DK", "roadmap", "evaluation", "funding");
  private final String mission = Scenario.mission(lead, "Mental health for young people");
  private final String funding = lead.missionPath(mission) + "/funding";
  private final String evaluation = lead.missionPath(mission) + "/evaluation";

  @Test
  void committedMoneyFeedsTheIndicatorAndFollowsTheMoney() {
    int year = LocalDate.now().getYear();
    String schools = created(lead.admin().api().post(lead.missionPath(mission) + "/roadmap/initiatives",
        Payloads.object("title", "Counsellors in every school", "type", "PROGRAMME", "start", year + "-01-01")));
    String state = created(lead.admin().api().post(funding + "/funders", Payloads.object("organisation", lead.slug(), "sourceType", "NATIONAL_STATE")));
    String first = created(commit(state, schools, year + "-02-01", "1000.00"));
    ApiResponse indicator = lead.admin().api().post(evaluation + "/indicators", Payloads.object(
        "code", "FUND-1", "name", Payloads.nested("en", "Money committed to the mission"), "unit", "EUR", "direction", "INCREASE", "calculation", "LATEST",
        "periodicity", "YEARLY", "reporter", lead.slug()));
    String fed = created(indicator);

    // on offer: the whole mission and the initiative, each stage to date
    List<JsonObject> choices = lead.admin().api().get(evaluation + "/feeds").json().getJsonArray("choices").getValuesAs(JsonObject.class);
    JsonObject committed = choices.stream().filter(c -> c.getString("kind").equals("FUNDING") && c.getString("source").equals("mission")
        && c.getString("question").equals("COMMITMENT")).findFirst().orElseThrow(() -> new AssertionError("no funding figure in " + choices));
    assertThat(committed.getString("label")).isEqualTo("Whole mission · committed to date (EUR)");
    assertThat(choices).anySatisfy(c -> assertThat(c.getString("label")).isEqualTo("Counsellors in every school · disbursed to date (EUR)"));
    assertThat(field(lead.admin().api().put(evaluation + "/feeds/" + fed, feed("mission", "INTEREST"), null))).isEqualTo("question");

    // fed: this year's value at once, written by the funding plan
    ApiResponse chosen = lead.admin().api().put(evaluation + "/feeds/" + fed, feed("mission", "COMMITMENT"), null);
    assertThat(chosen.status()).as(chosen.toString()).isEqualTo(200);
    assertThat(chosen.json().getInt("added")).isEqualTo(1);
    JsonObject value = value();
    assertThat(value.getString("period")).isEqualTo(Integer.toString(year));
    assertThat(new BigDecimal(value.getString("value"))).isEqualByComparingTo("1000.00");
    assertThat(value.getString("reportedByName")).isEqualTo("Funding plan");
    assertThat(value.getString("source")).isEqualTo("Funding plan: commitment to date, EUR");

    // money recorded later in the year: the value follows, without anyone updating it
    ApiResponse second = commit(state, schools, year + "-03-01", "500.00");
    assertThat(new BigDecimal(value().getString("value"))).isEqualByComparingTo("1500.00");
    ApiResponse read = lead.admin().api().get(funding + "/flows/" + second.json().getString("id"));
    assertThat(lead.admin().api().delete(funding + "/flows/" + second.json().getString("id"), read.etag()).status()).isEqualTo(204);
    assertThat(new BigDecimal(value().getString("value"))).isEqualByComparingTo("1000.00");
    assertThat(first).isNotBlank();

    Org outsider = Scenario.organisation("funded-ind-outsider", "NGO", "FR", "roadmap", "evaluation", "funding");
    assertThat(outsider.admin().api().get(outsider.missionPath(mission) + "/evaluation/feeds").status()).isEqualTo(404);
  }

  private ApiResponse commit(String funder, String initiative, String date, String amount) {
    ApiResponse created = lead.admin().api().post(funding + "/flows", Payloads.object("funder", funder, "initiative", initiative, "stage", "COMMITMENT",
        "date", date, "amount", amount, "currency", "EUR"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created;
  }

  private JsonObject value() {
    List<JsonObject> values = lead.admin().api().get(evaluation).json().getJsonArray("indicators").getValuesAs(JsonObject.class).stream()
        .filter(i -> i.getString("code").equals("FUND-1")).findFirst().orElseThrow().getJsonArray("actuals").getValuesAs(JsonObject.class);
    assertThat(values).hasSize(1);
    return values.get(0);
  }

  private static String feed(String source, String question) {
    return Payloads.object("kind", "FUNDING", "source", source, "question", question);
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
