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
    assertThat(org.admin().api().get(risks).itemValues("title")).containsExactly("High", "Low");
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
