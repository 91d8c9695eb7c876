package org.missionhub.plugin.funding.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionhub.plugin.funding.FundingPlugin;
import org.missionhub.plugin.funding.bench.BenchFunding;
import org.missionhub.plugin.funding.model.FundingPlan;
import org.missionhub.plugin.testkit.InMemoryH2;
import org.missionhub.plugin.testkit.PluginMigrations;
import org.missionhub.plugin.testkit.StatementCounter;

/** A plan is read in five statements, for ten flows as for ten thousand, and for several missions at once. */
class FundingStoreStatementsTest {

  @Test
  void thePlanIsReadInFiveStatementsWhateverItsSize() throws Exception {
    Connection plain = InMemoryH2.open("funding-statements", new PluginMigrations("db/migration/funding", FundingPlugin.class));
    try {
      new BenchFunding(3, 2, 10).write(plain, "small");
      new BenchFunding(20, 100, 10_000).write(plain, "large");
      StatementCounter counter = StatementCounter.on(plain);
      Connection counted = counter.connection();
      FundingStore store = new FundingStore();

      FundingPlan small = store.plan(counted, "small");
      int forSmall = counter.statements();
      counter.reset();
      FundingPlan large = store.plan(counted, "large");
      int forLarge = counter.statements();
      counter.reset();
      store.plans(counted, List.of("small", "large"));

      assertThat(small.flows()).hasSize(10);
      assertThat(large.flows()).hasSize(10_000);
      assertThat(large.funders().stream().filter(f -> f.calendar() != null)).hasSize(10);
      assertThat(forSmall).isEqualTo(5);
      assertThat(forLarge).isEqualTo(5);
      assertThat(counter.statements()).as("two missions at once").isEqualTo(5);
    } finally {
      InMemoryH2.shutdown(plain);
    }
  }
}
