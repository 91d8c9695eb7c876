package org.missionhub.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.missionhub.it.support.ApiResponse;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;

/**
 * Expensive calls (a plugin's {@code @Expensive} methods: results, cross-tabs, exports, imports) cannot take
 * the server: the test servers run two at once (the bulkhead), a third is answered 503 at once with
 * Retry-After; and a statement that would run for minutes is stopped by the data source's statement timeout
 * (8 s on the test servers, 30 s by default), answered 503 "too-slow". The server serves on.
 */
class ExpensiveCallsIT {

  private static final int BULKHEAD = 2;
  private static final int BURST = 5;

  @Test
  void twoExpensiveCallsRunAtOnceTheRestAreToldToComeBackAndTheDatabaseStopsWhatRunsTooLong() throws Exception {
    Org org = Scenario.organisation("slow");
    String mission = Scenario.mission(org, "A mission with a slow plugin");
    Scenario.plugin(org, "slow-query", true);
    String slow = org.missionPath(mission) + "/slow-query/run";

    List<ApiResponse> responses = new ArrayList<>();
    ExecutorService clients = Executors.newFixedThreadPool(BURST);
    try {
      List<Future<ApiResponse>> sent = new ArrayList<>();
      for (int i = 0; i < BURST; i++) {
        sent.add(clients.submit(() -> org.admin().api().get(slow)));
      }
      for (Future<ApiResponse> response : sent) {
        responses.add(response.get());
      }
    } finally {
      clients.shutdownNow();
    }

    assertThat(responses).allSatisfy(r -> {
      assertThat(r.status()).as(r.toString()).isEqualTo(503);
      assertThat(r.header("Content-Type")).startsWith("application/problem+json");
      assertThat(r.header("Retry-After")).isNotBlank();
    });
    assertThat(responses).extracting(r -> r.json().getString("type").replaceAll(".*/", ""))
        .containsOnly("too-slow", "service-unavailable")
        .filteredOn("too-slow"::equals)
        .hasSize(BULKHEAD);
    assertThat(org.admin().api().get(org.missionPath(mission)).status()).isEqualTo(200);
  }
}
