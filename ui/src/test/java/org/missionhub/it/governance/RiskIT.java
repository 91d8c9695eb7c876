package org.missionhub.it.governance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionhub.it.support.ApiResponse;
import org.missionhub.it.support.Payloads;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;

/** The risk register and its 5x5 matrix. */
class RiskIT {

  private Org org;
  private String risks;

  @BeforeEach
  void mission() {
    org = Scenario.organisation("risks");
    risks = org.missionPath(Scenario.mission(org, "Risky")) + "/risks";
  }

  @Test
  void aRiskIsScoredAndSortedByScore() {
    org.admin().api().post(risks, Payloads.risk("Low", 1, 2));
    ApiResponse high = org.admin().api().post(risks, Payloads.risk("High", 5, 3));
    assertThat(high.status()).isEqualTo(201);
    assertThat(high.json().getInt("score")).isEqualTo(15);
    assertThat(high.json().getBoolean("high")).isTrue();
    assertThat(high.json().getString("status")).isEqualTo("OPEN");
    assertThat(org.admin().api().get(risks + "?status=OPEN").itemValues("title")).containsExactly("High", "Low");
  }

  @Test
  void aNewMissionStartsWithTheRisksPractitionersNameMostAsProposalsToAcceptOrDismiss() {
    // given a mission created in French: four proposals, counted nowhere
    ApiResponse created = org.admin().api().send("POST", org.path() + "/missions", Payloads.charter("Mission en français"),
        java.util.Map.of("Content-Type", "application/json", "Accept-Language", "fr-FR, en;q=0.5"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String register = org.missionPath(created.json().getString("id")) + "/risks";
    ApiResponse proposed = org.admin().api().get(register + "?status=PROPOSED");
    assertThat(proposed.items().stream().map(v -> v.asJsonObject().getString("category")))
        .containsExactlyInAnyOrder("SILOS", "LOSS_OF_MOMENTUM", "LACK_OF_COMMITTED_SUPPORT", "MISALIGNED_BUDGETS");
    assertThat(proposed.itemValues("title")).contains("Cloisonnement entre les organisations et les secteurs de la mission");
    assertThat(org.admin().api().get(register + "/matrix").json().getJsonArray("counts").stream()
        .flatMap(row -> row.asJsonArray().stream()).mapToInt(c -> ((jakarta.json.JsonNumber) c).intValue()).sum()).isZero();
    // nobody adds a proposal, nor turns a risk back into one
    ApiResponse sneaked = org.admin().api().post(register, Payloads.object("title", "Mine", "category", "OTHER", "likelihood", 2, "impact", 2, "status", "PROPOSED"));
    assertThat(sneaked.status()).isEqualTo(400);
    assertThat(sneaked.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("status");

    // when the leader accepts the silos and dismisses the budgets
    java.util.List<jakarta.json.JsonObject> proposals = proposed.items().getValuesAs(jakarta.json.JsonObject.class);
    jakarta.json.JsonObject silos = proposals.stream().filter(p -> p.getString("category").equals("SILOS")).findFirst().orElseThrow();
    jakarta.json.JsonObject budgets = proposals.stream().filter(p -> p.getString("category").equals("MISALIGNED_BUDGETS")).findFirst().orElseThrow();
    String silosPath = register + "/" + silos.getString("id");
    ApiResponse accepted = org.admin().api().postAction(silosPath + "/accept", "\"" + silos.getInt("version") + "\"");
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
    assertThat(accepted.json().getString("status")).isEqualTo("OPEN");
    assertThat(org.admin().api().postAction(silosPath + "/accept", accepted.etag()).status()).isEqualTo(409);
    assertThat(org.admin().api().put(silosPath, Payloads.object("title", "Back", "category", "SILOS", "likelihood", 4, "impact", 3, "status", "PROPOSED"), accepted.etag())
        .status()).isEqualTo(400);
    assertThat(org.admin().api().delete(register + "/" + budgets.getString("id"), "\"" + budgets.getInt("version") + "\"").status()).isEqualTo(204);

    // then the accepted one counts in the matrix, two proposals wait, and the dismissed one is gone
    assertThat(org.admin().api().get(register + "/matrix").json().getJsonArray("counts").getJsonArray(3).getInt(2)).isEqualTo(1);
    assertThat(org.admin().api().get(register + "?status=PROPOSED").itemValues("category")).containsExactlyInAnyOrder("LOSS_OF_MOMENTUM", "LACK_OF_COMMITTED_SUPPORT");
    assertThat(org.admin().api().get(register).itemValues("category")).doesNotContain("MISALIGNED_BUDGETS");
  }

  @Test
  void likelihoodAndImpactAreOneToFive() {
    ApiResponse response = org.admin().api().post(risks, Payloads.risk("Off the scale", 6, 0));
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")))
        .containsExactlyInAnyOrder("likelihood", "impact");
  }

  @Test
  void theMatrixCountsActiveRisksOnly() {
    ApiResponse open = org.admin().api().post(risks, Payloads.risk("Open", 4, 5));
    ApiResponse closed = org.admin().api().post(risks, Payloads.risk("Closing", 4, 5));
    String closedPath = risks + "/" + closed.json().getString("id");
    String closing =
        Payloads.object("title", "Closing", "category", "SILOS", "likelihood", 4, "impact", 5, "status", "CLOSED");
    assertThat(org.admin().api().put(closedPath, closing, closed.etag()).status()).isEqualTo(200);
    ApiResponse matrix = org.admin().api().get(risks + "/matrix");
    assertThat(matrix.json().getJsonArray("counts").getJsonArray(3).getInt(4)).isEqualTo(1);
    assertThat(open.status()).isEqualTo(201);
    assertThat(org.admin().api().get(risks + "?status=CLOSED").itemValues("title")).containsExactly("Closing");
  }

  @Test
  void editingAndDeletingNeedTheCurrentVersion() {
    ApiResponse created = org.admin().api().post(risks, Payloads.risk("Momentum", 3, 3));
    String path = risks + "/" + created.json().getString("id");
    ApiResponse edited = org.admin().api().put(path, Payloads.risk("Momentum over time", 3, 4), created.etag());
    assertThat(edited.status()).isEqualTo(200);
    assertThat(org.admin().api().delete(path, created.etag()).status()).isEqualTo(412);
    assertThat(org.admin().api().delete(path, null).status()).isEqualTo(428);
    assertThat(org.admin().api().delete(path, edited.etag()).status()).isEqualTo(204);
  }
}
