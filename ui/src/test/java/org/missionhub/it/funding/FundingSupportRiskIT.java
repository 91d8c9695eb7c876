package org.missionhub.it.funding;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.missionhub.it.support.ApiResponse;
import org.missionhub.it.support.Payloads;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;

/**
 * The seed's "lack of committed support" (issue 16, contract 1.9.0): when live commitments fall below the share
 * of the coming year's need, the funding plugin's job (every two seconds on the test servers) proposes the risk
 * to the mission's register in the mission's language, tells its leader, and does it once per fall: a dismissed
 * proposal comes back only after commitments covered the need and fell short again.
 */
class FundingSupportRiskIT {

  private final Org lead = Scenario.organisation("support-lead", "NATIONAL_GOVERNMENT", "FR", "roadmap", "funding");

  @Test
  void aFallInCommitmentsProposesTheRiskOncePerFall() throws InterruptedException {
    ApiResponse created = lead.admin().api().send("POST", lead.path() + "/missions", Payloads.charter("Santé mentale des jeunes"),
        Map.of("Content-Type", "application/json", "Accept-Language", "fr-FR, en;q=0.5"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String mission = created.json().getString("id");
    String funding = lead.missionPath(mission) + "/funding";
    String register = lead.missionPath(mission) + "/risks";
    String initiative = id(lead.admin().api().post(lead.missionPath(mission) + "/roadmap/initiatives",
        Payloads.object("title", "Psychologues dans les écoles", "type", "PROGRAMME", "start", LocalDate.now().minusYears(1).toString())));
    // the whole coming year's need committed (before the needs are written, so the job never sees them uncovered): nothing to propose
    String state = id(lead.admin().api().post(funding + "/funders", Payloads.object("organisation", lead.slug(), "sourceType", "NATIONAL_STATE")));
    ApiResponse commitment = commit(funding, state, initiative, "200000.00");
    for (int year : List.of(LocalDate.now().getYear(), LocalDate.now().getYear() + 1)) {
      assertThat(lead.admin().api().put(funding + "/needs", Payloads.object("initiative", initiative, "year", year, "amount", "100000.00", "currency", "EUR"), null).status())
          .isEqualTo(200);
    }
    Thread.sleep(5_000);
    assertThat(fundingProposals(register)).isEmpty();

    // the commitment withdrawn: the risk is proposed, in French, and the leader hears of it
    assertThat(lead.admin().api().delete(funding + "/flows/" + commitment.json().getString("id"), commitment.etag()).status()).isEqualTo(204);
    JsonObject risk = awaitProposal(register);
    assertThat(risk.getString("category")).isEqualTo("LACK_OF_COMMITTED_SUPPORT");
    assertThat(risk.getString("title")).isEqualTo("Manque de financements engagés pour l’année à venir");
    // 100,000 a year, prorated by month over the next twelve: 100,000 in all, written as French writes numbers
    assertThat(risk.getString("description")).contains("couvraient 0,0 %", "(0,00 sur 100\u202f000,00 EUR)", "sous les 50 %");
    assertThat(risk.getString("mitigation")).contains("Quand faut-il demander");
    assertThat(risk.getString("status")).isEqualTo("PROPOSED");
    assertThat(notices()).hasSize(1);
    // written on the plugin's behalf and audited in the lead's log
    ApiResponse audit = lead.admin().api().get(lead.path() + "/audit?missionId=" + mission + "&size=100");
    assertThat(audit.items().getValuesAs(JsonObject.class)).anySatisfy(e -> {
      assertThat(e.getString("action")).isEqualTo("risk.created");
      assertThat(e.getString("actorSubject")).isEqualTo("system:plugin-funding");
    });

    // dismissed: not proposed again while commitments stay short
    ApiResponse proposal = lead.admin().api().get(register + "/" + risk.getString("id"));
    assertThat(lead.admin().api().delete(register + "/" + risk.getString("id"), proposal.etag()).status()).isEqualTo(204);
    Thread.sleep(5_000);
    assertThat(fundingProposals(register)).isEmpty();
    assertThat(notices()).hasSize(1);

    // covered again, then short again: proposed anew
    ApiResponse again = commit(funding, state, initiative, "60000.00");
    Thread.sleep(5_000);
    assertThat(fundingProposals(register)).isEmpty();
    assertThat(lead.admin().api().delete(funding + "/flows/" + again.json().getString("id"), again.etag()).status()).isEqualTo(204);
    assertThat(awaitProposal(register).getString("id")).isNotEqualTo(risk.getString("id"));
    assertThat(notices()).hasSize(2);
  }

  private ApiResponse commit(String funding, String funder, String initiative, String amount) {
    ApiResponse created = lead.admin().api().post(funding + "/flows", Payloads.object("funder", funder, "initiative", initiative, "stage", "COMMITMENT",
        "date", LocalDate.now().toString(), "amount", amount, "currency", "EUR"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created;
  }

  private JsonObject awaitProposal(String register) throws InterruptedException {
    for (int tries = 0; tries < 60; tries++) {
      List<JsonObject> proposals = fundingProposals(register);
      if (!proposals.isEmpty()) {
        assertThat(proposals).hasSize(1);
        return proposals.get(0);
      }
      Thread.sleep(500);
    }
    throw new AssertionError("the funding plugin proposed no risk in 30 s");
  }

  /** The register's proposals the funding plugin made (the mission's starting risks are MissionHub's own). */
  private List<JsonObject> fundingProposals(String register) {
    return lead.admin().api().get(register + "?status=PROPOSED&size=100").items().getValuesAs(JsonObject.class).stream()
        .filter(r -> "funding".equals(r.getString("proposedBy", null)))
        .toList();
  }

  private List<JsonObject> notices() {
    return lead.admin().api().get("/api/v1/me/notices?size=100").items().getValuesAs(JsonObject.class).stream()
        .filter(n -> n.getString("kind").equals("funding.committed-support"))
        .toList();
  }

  private static String id(ApiResponse response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(201);
    return response.json().getString("id");
  }
}
