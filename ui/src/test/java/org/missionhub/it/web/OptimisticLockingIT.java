package org.missionhub.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.missionhub.it.support.ApiResponse;
import org.missionhub.it.support.Database;
import org.missionhub.it.support.Payloads;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;

/** Two people saving the same version at the same time: one wins, the other is told, nothing is lost silently. */
class OptimisticLockingIT {

  @Test
  void concurrentEditsOfTheSameVersionSaveExactlyOnce() throws Exception {
    // given a mission and its current ETag
    Org org = Scenario.organisation("locking");
    String mission = Scenario.mission(org, "Contested");
    String path = org.missionPath(mission);
    String etag = org.admin().api().get(path).etag();
    // when eight clients save different titles with that same ETag at once
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<ApiResponse>> results = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      String title = "Contested " + i;
      results.add(
          pool.submit(
              () -> {
                start.await();
                return org.admin().api().put(path, Payloads.charter(title), etag);
              }));
    }
    start.countDown();
    List<Integer> statuses = new ArrayList<>();
    for (Future<ApiResponse> result : results) {
      statuses.add(result.get(60, TimeUnit.SECONDS).status());
    }
    pool.shutdown();
    // then exactly one succeeded and every other one was told the version is stale
    assertThat(statuses).containsOnly(200, 412);
    assertThat(statuses.stream().filter(s -> s == 200).count()).isEqualTo(1);
    // and the database holds the winner's title with exactly one update audited
    String winner = org.admin().api().get(path).json().getString("title");
    assertThat(winner).startsWith("Contested ");
    assertThat(Database.count("select count(*) from audit_entry where mission_id = ? and action = 'mission.updated'", mission))
        .isEqualTo(1);
  }
}
