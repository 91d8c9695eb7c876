package org.missionhub.plugin.roadmap.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.missionhub.plugin.roadmap.bench.BenchPortfolio;
import org.missionhub.plugin.roadmap.model.Balance;
import org.missionhub.plugin.roadmap.model.Dependency;
import org.missionhub.plugin.roadmap.model.ItemRef;
import org.missionhub.plugin.roadmap.model.Portfolio;
import org.missionhub.plugin.testkit.InMemoryH2;
import org.missionhub.plugin.testkit.PluginMigrations;
import org.missionhub.plugin.testkit.StatementCounter;

/**
 * Issue 14's "no N+1": reading a mission's whole roadmap costs the same few statements for a portfolio of 5
 * initiatives as for one of 500 with 5,000 milestones and 2,000 dependencies (the benchmark's size), and the
 * timeline's broken dependencies and the balance cost none. On in-memory H2 with the plugin's migrations;
 * how long it takes is the benchmark's business (docs/performance.md), not this test's.
 */
class PortfolioReaderStatementsTest {

  static final PluginMigrations MIGRATIONS = new PluginMigrations("db/migration/roadmap", org.missionhub.plugin.roadmap.RoadmapPlugin.class);

  private static final String SMALL = BenchPortfolio.stableId("statements-test/small");
  private static final String FULL = BenchPortfolio.stableId("statements-test/full");

  private static Connection connection;

  @BeforeAll
  static void migrateAndWrite() throws SQLException {
    connection = InMemoryH2.open("roadmap", MIGRATIONS);
    BenchPortfolio.write(connection, SMALL, BenchPortfolio.SMALL, 1);
    BenchPortfolio.write(connection, FULL, BenchPortfolio.FULL, 14);
    connection.commit();
  }

  @AfterAll
  static void close() throws SQLException {
    InMemoryH2.shutdown(connection);
  }

  @Test
  void theWholePortfolioIsReadWithAFixedNumberOfStatementsWhateverItsSize() throws SQLException {
    // given a mission of 5 initiatives and one of 500, in the same database
    StatementCounter counter = StatementCounter.on(connection);
    Connection counted = counter.connection();

    // when each is read, with what the timeline and the balance compute from it
    Portfolio small = new PortfolioReader().read(counted, SMALL);
    int forSmall = counter.statements();
    counter.reset();
    Portfolio full = new PortfolioReader().read(counted, FULL);
    List<Dependency> broken = full.brokenDependencies();
    Balance balance = Balance.of(full);
    int forFull = counter.statements();

    // then each read is the mission's own, whole
    assertThat(small.initiatives()).hasSize(5);
    assertThat(small.milestones()).hasSize(50);
    assertThat(small.dependencies()).hasSize(20);
    assertThat(full.objectives()).hasSize(5);
    assertThat(full.initiatives()).hasSize(500);
    assertThat(full.milestones()).hasSize(5_000);
    assertThat(full.dependencies()).hasSize(2_000);
    assertThat(full.initiatives()).allMatch(i -> i.missionId().equals(FULL));
    assertThat(full.initiatives().stream().mapToInt(i -> i.contributors().size()).sum()).isGreaterThan(500);
    assertThat(full.initiatives().stream().mapToInt(i -> i.objectives().size()).sum()).isGreaterThan(500);
    assertThat(broken).isNotEmpty().hasSizeLessThan(full.dependencies().size() / 4);
    assertThat(balance.totals()).isNotEmpty();
    // and the statements are the same few: one per table, none per initiative, milestone or dependency
    assertThat(forFull).isEqualTo(forSmall);
    assertThat(forSmall).isBetween(1, 6);
  }

  @Test
  void theBenchmarksDependenciesFormNoCycle() throws SQLException {
    Portfolio full = new PortfolioReader().read(connection, FULL);
    // Kahn's algorithm: a DAG can be emptied by taking away, again and again, the items nothing waits on
    Map<ItemRef, Integer> waitingOn = new HashMap<>();
    Map<ItemRef, List<ItemRef>> successors = new HashMap<>();
    for (Dependency d : full.dependencies()) {
      waitingOn.merge(d.successor(), 1, Integer::sum);
      waitingOn.putIfAbsent(d.predecessor(), 0);
      successors.computeIfAbsent(d.predecessor(), k -> new java.util.ArrayList<>()).add(d.successor());
    }
    Deque<ItemRef> free = new ArrayDeque<>();
    waitingOn.forEach((item, count) -> {
      if (count == 0) {
        free.add(item);
      }
    });
    int taken = 0;
    while (!free.isEmpty()) {
      ItemRef item = free.poll();
      taken++;
      for (ItemRef next : successors.getOrDefault(item, List.of())) {
        if (waitingOn.merge(next, -1, Integer::sum) == 0) {
          free.add(next);
        }
      }
    }
    assertThat(taken).isEqualTo(waitingOn.size());
    java.util.Set<ItemRef> items = new java.util.HashSet<>();
    full.initiatives().forEach(i -> items.add(ItemRef.initiative(i.id())));
    full.milestones().forEach(m -> items.add(ItemRef.milestone(m.id())));
    assertThat(full.dependencies()).allMatch(d -> items.contains(d.predecessor()) && items.contains(d.successor()));
  }
}
