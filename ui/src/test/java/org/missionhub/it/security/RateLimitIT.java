package org.missionhub.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.missionhub.it.support.Api;
import org.missionhub.it.support.ApiResponse;
import org.missionhub.it.support.Person;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;

/**
 * The API's rate limit per person: a burst beyond the minute's allowance (1,200 on the test servers) is
 * answered 429 with problem details and Retry-After, while another person is served as usual.
 */
class RateLimitIT {

  private static final int ALLOWANCE = 1200;

  @Test
  void aBurstBeyondThePersonsAllowanceIsAnsweredTooManyRequestsWithRetryAfter() {
    Org org = Scenario.organisation("rate-limit");
    Person flooding = Scenario.member(org, "MEMBER");
    Api api = flooding.api();

    // a bounded burst: the allowance, then a little more
    int served = 0;
    ApiResponse refused = null;
    for (int i = 0; i < ALLOWANCE + 200 && refused == null; i++) {
      ApiResponse response = api.get("/api/v1/me");
      if (response.status() == 429) {
        refused = response;
      } else {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        served++;
      }
    }

    // the whole allowance was served (plus what refilled meanwhile), then refused
    assertThat(refused).as("a 429 within %d requests", ALLOWANCE + 200).isNotNull();
    assertThat(served).isGreaterThanOrEqualTo(ALLOWANCE);
    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    assertThat(refused.json().getString("type")).endsWith("too-many-requests");
    assertThat(refused.json().getInt("status")).isEqualTo(429);
    assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
    // someone else is not held back
    assertThat(org.admin().api().get("/api/v1/me").status()).isEqualTo(200);
  }
}
