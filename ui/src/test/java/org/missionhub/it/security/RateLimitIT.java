package org.missionhub.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
  private static final int BURST = ALLOWANCE + 600;

  @Test
  void aBurstBeyondThePersonsAllowanceIsAnsweredTooManyRequestsWithRetryAfter() throws Exception {
    Org org = Scenario.organisation("rate-limit");
    Person flooding = Scenario.member(org, "MEMBER");
    Api api = flooding.api();

    // a bounded burst, eight at a time so that it takes seconds, not the minute that refills the allowance
    List<ApiResponse> responses = new ArrayList<>();
    ExecutorService clients = Executors.newFixedThreadPool(8);
    try {
      List<Future<ApiResponse>> sent = new ArrayList<>();
      for (int i = 0; i < BURST; i++) {
        sent.add(clients.submit(() -> api.get("/api/v1/me")));
      }
      for (Future<ApiResponse> response : sent) {
        responses.add(response.get());
      }
    } finally {
      clients.shutdownNow();
    }

    // the whole allowance was served, the rest refused with when to try again
    assertThat(responses).extracting(ApiResponse::status).containsOnly(200, 429);
    assertThat(responses.stream().filter(r -> r.status() == 200).count()).isGreaterThanOrEqualTo(ALLOWANCE);
    ApiResponse refused = responses.stream().filter(r -> r.status() == 429).findFirst().orElseThrow(() -> new AssertionError("no 429 in a burst of " + BURST));
    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    assertThat(refused.json().getString("type")).endsWith("too-many-requests");
    assertThat(refused.json().getInt("status")).isEqualTo(429);
    assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
    // someone else is not held back
    assertThat(org.admin().api().get("/api/v1/me").status()).isEqualTo(200);
  }
}
