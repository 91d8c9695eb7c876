package org.missionhub.it.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionhub.it.support.ApiResponse;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;

/**
 * The tenant gate holds however the path is spelled: matrix parameters, doubled slashes and encoded
 * characters that JAX-RS still routes to an organisation's resource never reach another organisation's
 * data (404), and never fail the server (no 5xx).
 */
class TenantGateIT {

  @Test
  void noSpellingOfThePathCrossesTheTenantGate() {
    Org owner = Scenario.organisation("gate-owner");
    Org other = Scenario.organisation("gate-other");
    String mission = Scenario.mission(owner, "Behind the gate");
    String slug = owner.slug();
    List<String> variants =
        List.of(
            "/api/v1/orgs;x=1/" + slug + "/missions",
            "/api/v1;x=1/orgs/" + slug + "/missions",
            "/api/v1/orgs/" + slug + ";x=1/missions",
            "/api/v1//orgs/" + slug + "/missions",
            "/api//v1/orgs/" + slug + "/missions",
            "/api/v1/orgs//" + slug + "/missions/" + mission,
            "/api/v1/%6Frgs/" + slug + "/missions",
            "/api/v1/orgs/" + slug + "%2Fmissions",
            "/api/v1/orgs;/" + slug + "/missions/" + mission + "/decisions");

    for (String variant : variants) {
      // another organisation's member gets nothing of the owner's
      ApiResponse stranger = other.admin().api().get(variant);
      assertThat(stranger.status()).as("%s as another organisation: %s", variant, stranger).isIn(400, 404);
      // and the owner's own admin gets its data or a refusal, never a server error
      ApiResponse own = owner.admin().api().get(variant);
      assertThat(own.status()).as("%s as its own organisation: %s", variant, own).isIn(200, 400, 404);
      if (own.status() == 200) {
        assertThat(own.body()).doesNotContain(other.slug());
      }
    }
  }
}
