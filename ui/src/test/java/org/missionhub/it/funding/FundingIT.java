package org.missionhub.it.funding;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionhub.it.support.ApiResponse;
import org.missionhub.it.support.Payloads;
import org.missionhub.it.support.Person;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;

/**
 * The funding plan through the API (issue 16, first part): a leader sets the mission's currency and rates,
 * adds two funders (a partner organisation and an outside ministry) and an initiative's need; the partner's
 * implementer records its own commitment and disbursement, never more disbursed than committed; the gap per
 * initiative is computed in the mission's currency; bad input is refused naming the field; roles hold and
 * another organisation sees nothing.
 */
class FundingIT {

  private final Org lead = Scenario.organisation("funding-lead", "NATIONAL_GOVERNMENT", "DK", "roadmap", "funding");
  private final Org partner = Scenario.organisation("funding-partner", "FOUNDATION", "DK", "roadmap", "funding");
  private final String mission = Scenario.mission(lead, "Mental health for young people");
  private final String funding = lead.missionPath(mission) + "/funding";

  @Test
  void aPartnerCommitsAndDisbursesAndTheGapIsInTheMissionsCurrency() {
    Scenario.partnership(lead, mission, partner);
    Person implementer = Scenario.member(partner, "MEMBER");
    Scenario.role(lead, mission, implementer, partner.slug(), "IMPLEMENTER");
    Person participant = Scenario.member(partner, "MEMBER");
    Scenario.role(lead, mission, participant, partner.slug(), "PARTICIPANT");
    String schools = initiative("Counsellors in every upper-secondary school");
    String chat = initiative("Chat line open every evening");
    String theirs = partner.missionPath(mission) + "/funding";

    // the plan starts in euros with nothing in it
    JsonObject empty = lead.admin().api().get(funding).json();
    assertThat(empty.getJsonObject("rates").getString("currency")).isEqualTo("EUR");
    assertThat(empty.getJsonArray("gaps").getValuesAs(JsonObject.class)).extracting(g -> g.getString("initiative")).containsExactlyInAnyOrder(schools, chat);

    // rates: bad ones named, then 1 DKK = 0.1341 EUR from 2026
    assertThat(field(lead.admin().api().put(funding + "/rates", Payloads.object("currency", "XYZ"), null))).isEqualTo("currency");
    assertThat(field(lead.admin().api().put(funding + "/rates", Payloads.object("currency", "EUR",
        "rates", List.of((Object) Payloads.nested("currency", "DKK", "from", "2026-01-01", "rate", "0"))), null))).isEqualTo("rates[0].rate");
    ApiResponse rates = lead.admin().api().put(funding + "/rates", Payloads.object("currency", "EUR",
        "rates", List.of((Object) Payloads.nested("currency", "DKK", "from", "2026-01-01", "rate", "0.1341"))), null);
    assertThat(rates.status()).as(rates.toString()).isEqualTo(200);

    // funders: the partner (a foundation of the mission) and an outside ministry
    assertThat(field(lead.admin().api().post(funding + "/funders", Payloads.object("organisation", "nobody", "sourceType", "PRIVATE")))).isEqualTo("organisation");
    assertThat(field(lead.admin().api().post(funding + "/funders", Payloads.object("name", "Somebody")))).isEqualTo("sourceType");
    String foundation = created(lead.admin().api().post(funding + "/funders", Payloads.object("organisation", partner.slug(), "sourceType", "PHILANTHROPIC_FOUNDATION")));
    String ministry = created(lead.admin().api().post(funding + "/funders", Payloads.object("name", "Ministry of Health", "sourceType", "NATIONAL_STATE", "instrument", "GRANT")));
    assertThat(field(lead.admin().api().post(funding + "/funders", Payloads.object("name", "ministry of health", "sourceType", "NATIONAL_STATE")))).isEqualTo("name");
    assertThat(implementer.api().post(theirs + "/funders", Payloads.object("name", "Us", "sourceType", "PRIVATE")).status()).isEqualTo(403);

    // the schools need 100,000 EUR in 2027; bad amounts and a currency without a rate are refused
    assertThat(field(lead.admin().api().put(funding + "/needs", need(schools, "-5", "EUR"), null))).isEqualTo("amount");
    assertThat(field(lead.admin().api().put(funding + "/needs", need(schools, "10.005", "EUR"), null))).isEqualTo("amount");
    assertThat(field(lead.admin().api().put(funding + "/needs", need(schools, "1000", "SEK"), null))).isEqualTo("currency");
    assertThat(lead.admin().api().put(funding + "/needs", need(schools, "100000.00", "EUR"), null).status()).isEqualTo(200);
    assertThat(committedCheck()).as("a need and nothing committed").isFalse();

    // the partner's implementer commits 600,000 DKK and disburses, never beyond the commitment
    ApiResponse committed = implementer.api().post(theirs + "/flows", flow(foundation, schools, "COMMITMENT", "2026-03-01", "600000", "DKK", null));
    assertThat(committed.status()).as(committed.toString()).isEqualTo(201);
    assertThat(field(implementer.api().post(theirs + "/flows", flow(foundation, schools, "DISBURSEMENT", "2026-04-01", "700000", "DKK", null)))).isEqualTo("amount");
    assertThat(implementer.api().post(theirs + "/flows", flow(foundation, schools, "DISBURSEMENT", "2026-04-01", "500000", "DKK", null)).status()).isEqualTo(201);
    assertThat(field(implementer.api().post(theirs + "/flows", flow(foundation, schools, "PLEDGE", "2026-04-01", "5", "DKK", true)))).isEqualTo("conditional");
    assertThat(field(implementer.api().post(theirs + "/flows", flow(foundation, schools, "PLEDGE", "2025-04-01", "5", "DKK", null)))).as("no rate in 2025").isEqualTo("currency");
    assertThat(field(implementer.api().post(theirs + "/flows", flow(foundation, "no-such-initiative", "PLEDGE", "2026-04-01", "5", "DKK", null)))).isEqualTo("initiative");
    // the ministry's money is the leaders' to record; a participant records nothing
    assertThat(implementer.api().post(theirs + "/flows", flow(ministry, schools, "PLEDGE", "2026-05-01", "50000", "EUR", null)).status()).isEqualTo(403);
    assertThat(participant.api().post(theirs + "/flows", flow(foundation, schools, "PLEDGE", "2026-05-01", "1", "EUR", null)).status()).isEqualTo(403);
    assertThat(lead.admin().api().post(funding + "/flows", flow(ministry, schools, "PLEDGE", "2026-05-01", "50000.00", "EUR", null)).status()).isEqualTo(201);

    // the gap: needed 100,000.00; committed 600,000 x 0.1341 = 80,460.00; disbursed 67,050.00; 19,540.00 not yet committed
    JsonObject gap = participant.api().get(theirs).json().getJsonArray("gaps").getValuesAs(JsonObject.class).stream()
        .filter(g -> g.getString("initiative").equals(schools)).findFirst().orElseThrow();
    assertThat(gap.getString("needed")).isEqualTo("100000.00");
    assertThat(gap.getString("pledged")).isEqualTo("50000.00");
    assertThat(gap.getString("committed")).isEqualTo("80460.00");
    assertThat(gap.getString("disbursed")).isEqualTo("67050.00");
    assertThat(gap.getString("uncommitted")).isEqualTo("19540.00");
    assertThat(gap.getString("committedShare")).isEqualTo("80.5");

    // a change names the revision it read; another organisation sees nothing
    String flow = created(committed);
    assertThat(implementer.api().put(theirs + "/flows/" + flow, flow(foundation, schools, "COMMITMENT", "2026-03-01", "650000", "DKK", null), null).status()).isEqualTo(428);
    ApiResponse changed = implementer.api().put(theirs + "/flows/" + flow, flow(foundation, schools, "COMMITMENT", "2026-03-01", "650000", "DKK", null), committed.etag());
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    // the health check: the live commitments cover more than half of the next twelve months' need (of 2027, until late 2027)
    assertThat(committedCheck()).isTrue();

    // the funding mix: 650,000 DKK x 0.1341 = 87,165.00 EUR committed, all by the foundation; the ministry only pledged
    JsonObject mix = participant.api().get(theirs + "/mix").json();
    assertThat(mix.getString("currency")).isEqualTo("EUR");
    JsonObject first = mix.getJsonArray("sources").getJsonObject(0);
    assertThat(first.getString("sourceType")).isEqualTo("PHILANTHROPIC_FOUNDATION");
    assertThat(first.getString("committed")).isEqualTo("87165.00");
    assertThat(first.getString("disbursed")).isEqualTo("67050.00");
    assertThat(first.getString("committedShare")).isEqualTo("100.0");
    assertThat(mix.getJsonArray("sources").getJsonObject(1).getString("pledged")).isEqualTo("50000.00");
    // and across the partner's missions (this one): the same, one mission in euros
    JsonObject across = partner.admin().api().get(partner.path() + "/funding/mix").array().getJsonObject(0);
    assertThat(across.getString("currency")).isEqualTo("EUR");
    assertThat(across.getInt("missions")).isEqualTo(1);
    assertThat(across.getString("committed")).isEqualTo("87165.00");
    Org outsider = Scenario.organisation("funding-outsider", "NGO", "FR", "roadmap", "funding");
    assertThat(outsider.admin().api().get(outsider.missionPath(mission) + "/funding").status()).isEqualTo(404);

    // the flow is discussed with the platform's comments: its title names the funder and the date, never the amount
    String talk = "PLUGIN:funding/flow/" + flow;
    ApiResponse asked = participant.api().post(partner.missionPath(mission) + "/comments",
        Payloads.object("body", "Is the second tranche certain?", "item", talk, "mentions", List.of(implementer.subject())));
    assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
    assertThat(implementer.api().get("/api/v1/me/notices?size=100").items().stream().map(n -> n.asJsonObject().getString("message")))
        .anySatisfy(m -> assertThat(m).contains("the funding flow \u201c", "\u00b7 2026-03-01\u201d").doesNotContain("650000", "650,000", "650 000"));
    assertThat(lead.admin().api().get(lead.missionPath(mission) + "/comments?item=" + talk).items()).hasSize(1);
    assertThat(outsider.admin().api().get(outsider.missionPath(mission) + "/comments?item=" + talk).status()).isEqualTo(404);
    assertThat(outsider.admin().api().post(outsider.missionPath(mission) + "/funding/funders", Payloads.object("name", "X", "sourceType", "PRIVATE")).status()).isEqualTo(404);
    assertThat(lead.admin().api().get(funding).json().getJsonArray("funders")).hasSize(2);
  }

  @Test
  void aConfidentialAmountIsShownToTheLeadersAndItsOrganisationOnly() {
    Scenario.partnership(lead, mission, partner);
    Person implementer = Scenario.member(partner, "MEMBER");
    Scenario.role(lead, mission, implementer, partner.slug(), "IMPLEMENTER");
    Person coordinator = Scenario.member(lead, "MEMBER");
    Scenario.role(lead, mission, coordinator, lead.slug(), "COORDINATOR");
    String schools = initiative("Counsellors in every upper-secondary school");
    String theirs = partner.missionPath(mission) + "/funding";
    String foundation = created(lead.admin().api().post(funding + "/funders", Payloads.object("organisation", partner.slug(), "sourceType", "PHILANTHROPIC_FOUNDATION")));
    assertThat(lead.admin().api().put(funding + "/needs", need(schools, "100000.00", "EUR"), null).status()).isEqualTo(200);

    // the partner commits 40,000 euros and keeps the amount confidential
    ApiResponse committed = implementer.api().post(theirs + "/flows", Payloads.object("funder", foundation, "initiative", schools, "stage", "COMMITMENT",
        "date", "2026-03-01", "amount", "40000.00", "currency", "EUR", "confidential", true));
    String flow = created(committed);
    assertThat(committed.json().getString("amount")).isEqualTo("40000.00");

    // its organisation and the mission's leader see it; a coordinator of the lead sees the total, not the amount
    assertThat(amountOf(implementer.api().get(theirs).json(), flow)).isEqualTo("40000.00");
    assertThat(amountOf(lead.admin().api().get(funding).json(), flow)).isEqualTo("40000.00");
    JsonObject seen = coordinator.api().get(funding).json();
    JsonObject hidden = seen.getJsonArray("flows").getValuesAs(JsonObject.class).stream().filter(f -> f.getString("id").equals(flow)).findFirst().orElseThrow();
    assertThat(hidden.containsKey("amount")).as(hidden.toString()).isFalse();
    assertThat(hidden.getBoolean("confidential")).isTrue();
    assertThat(seen.getJsonArray("gaps").getJsonObject(0).getString("committed")).as("counted in the totals").isEqualTo("40000.00");
    ApiResponse one = coordinator.api().get(funding + "/flows/" + flow);
    assertThat(one.json().containsKey("amount")).isFalse();
    assertThat(coordinator.api().put(funding + "/flows/" + flow, Payloads.object("funder", foundation, "initiative", schools, "stage", "COMMITMENT",
        "date", "2026-03-01", "amount", "1.00", "currency", "EUR"), one.etag()).status()).as("not changed blind").isEqualTo(403);
    String csv = new String(coordinator.api().download(funding + "/export/flows.csv").body(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(csv).doesNotContain("40000").contains(",COMMITMENT,11,,EUR,,EUR,false,true,");
    String theirCsv = new String(implementer.api().download(theirs + "/export/flows.csv").body(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(theirCsv).contains(",COMMITMENT,11,40000.00,EUR,40000.00,EUR,false,true,");
  }

  private static String amountOf(JsonObject plan, String flow) {
    return plan.getJsonArray("flows").getValuesAs(JsonObject.class).stream().filter(f -> f.getString("id").equals(flow)).findFirst().orElseThrow().getString("amount");
  }

  private boolean committedCheck() {
    ApiResponse health = lead.admin().api().get(lead.missionPath(mission) + "/health");
    assertThat(health.status()).as(health.toString()).isEqualTo(200);
    return health.json().getJsonArray("checks").getValuesAs(JsonObject.class).stream().filter(c -> c.getString("id").equals("funding.committed")).findFirst()
        .orElseThrow(() -> new AssertionError("no funding check in " + health)).getBoolean("passed");
  }

  private String initiative(String title) {
    ApiResponse added = lead.admin().api().post(lead.missionPath(mission) + "/roadmap/initiatives", Payloads.object("title", title, "type", "PROGRAMME"));
    assertThat(added.status()).as(added.toString()).isEqualTo(201);
    return added.json().getString("id");
  }

  private static String need(String initiative, String amount, String currency) {
    return Payloads.object("initiative", initiative, "year", 2027, "amount", amount, "currency", currency);
  }

  private static String flow(String funder, String initiative, String stage, String date, String amount, String currency, Boolean conditional) {
    return Payloads.object("funder", funder, "initiative", initiative, "stage", stage, "date", date, "amount", amount, "currency", currency, "conditional", conditional);
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
