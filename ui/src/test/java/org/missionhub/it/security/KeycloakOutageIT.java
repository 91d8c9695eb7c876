package org.missionhub.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.missionhub.it.support.ApiResponse;
import org.missionhub.it.support.KeycloakProcess;
import org.missionhub.it.support.Person;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;

/**
 * A Keycloak that hangs (frozen, so connections open and nothing answers) fails the API in a defined way:
 * people whose account was found enabled within the grace period go on working (tokens verify with the
 * realm keys MissionHub already holds); anyone MissionHub has not checked yet is answered 503 problem
 * details with Retry-After, never let in and never left waiting for Keycloak's timeout; when Keycloak is
 * back, everyone is served again.
 */
class KeycloakOutageIT {

  @Test
  void whileKeycloakHangsPeopleAtWorkGoOnAndNewcomersAreToldToComeBack() {
    Org org = Scenario.organisation("outage");
    Person atWork = Scenario.member(org, "MEMBER");
    assertThat(atWork.api().get("/api/v1/me").status()).isEqualTo(200);
    // someone with a valid token whose account this server has never checked
    Person newcomer = Person.register("outage-newcomer");
    newcomer.token();

    KeycloakProcess.freeze();
    try {
      assertThat(atWork.api().get("/api/v1/me").status()).isEqualTo(200);
      assertThat(atWork.api().get("/api/v1/orgs/" + org.slug() + "/missions").status()).isEqualTo(200);

      ApiResponse refused = newcomer.api().get("/api/v1/me");
      assertThat(refused.status()).isEqualTo(503);
      assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
      assertThat(refused.json().getString("type")).endsWith("identity-provider-unavailable");
      assertThat(refused.header("Retry-After")).isNotBlank();
    } finally {
      KeycloakProcess.thaw();
    }

    // back to normal once Keycloak answers again (after the circuit breaker's pause, ten seconds)
    Instant deadline = Instant.now().plus(Duration.ofSeconds(45));
    int status;
    do {
      status = newcomer.api().get("/api/v1/me").status();
    } while (status != 200 && Instant.now().isBefore(deadline) && pause());
    assertThat(status).isEqualTo(200);
  }

  private static boolean pause() {
    try {
      Thread.sleep(1000);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
