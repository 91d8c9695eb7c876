package org.missionhub.plugin.evaluation.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.missionhub.plugin.evaluation.EvaluationPlugin;
import org.missionhub.plugin.evaluation.bench.BenchMission;
import org.missionhub.plugin.evaluation.diagram.TheorySvg;
import org.missionhub.plugin.evaluation.model.ChangeNode;
import org.missionhub.plugin.evaluation.service.TheoryService;
import org.missionhub.plugin.testkit.InMemoryH2;
import org.missionhub.plugin.testkit.PluginMigrations;
import org.missionhub.plugin.testkit.StatementCounter;

/**
 * Issue 15's "statement count independent of size": what the theory of change's view reads costs the same
 * few statements for a mission of 5 indicators and 12 steps as for one of 200 indicators x 40 periods x 3
 * groups and 300 steps, and the roll-up, checks and diagram cost none. In-memory H2 with the plugin's
 * migrations; how long it takes is the benchmark's business (docs/performance.md).
 */
class TheoryReadStatementsTest {

  private static final String SMALL = BenchMission.stableId("statements-test/small");
  private static final String FULL = BenchMission.stableId("statements-test/full");

  private static Connection connection;

  @BeforeAll
  static void migrateAndWrite() throws SQLException {
    connection = InMemoryH2.open("evaluation", new PluginMigrations("db/migration/evaluation", EvaluationPlugin.class));
    BenchMission.SMALL.write(connection, SMALL, 1);
    BenchMission.FULL.write(connection, FULL, 15);
    connection.commit();
  }

  @AfterAll
  static void close() throws SQLException {
    InMemoryH2.shutdown(connection);
  }

  @Test
  void theViewIsReadWithAFixedNumberOfStatementsWhateverTheMissionsSize() throws SQLException {
    StatementCounter counter = StatementCounter.on(connection);
    Connection counted = counter.connection();
    TheoryReader reader = new TheoryReader();

    TheoryReader.TheoryData small = reader.read(counted, SMALL);
    int forSmall = counter.statements();
    counter.reset();
    TheoryReader.TheoryData full = reader.read(counted, FULL);
    TheoryService.View view = TheoryService.view(full, List.of());
    view.theory().nodes().forEach(n -> view.rollUp().of(n.id()));
    String svg = TheorySvg.draw(view.theory(), org.missionhub.plugin.evaluation.diagram.TheoryLabels.of(java.util.Locale.ENGLISH)
        .forDrawing(view.theory(), ChangeNode::title, view.rollUp(), "Target"));
    int forFull = counter.statements();

    // each read is the mission's own, whole
    assertThat(small.board().indicators()).hasSize(5);
    assertThat(small.theory().nodes()).hasSize(12);
    assertThat(full.board().indicators()).hasSize(200);
    assertThat(full.board().actuals()).hasSize(200 * 40 * 4);
    assertThat(full.theory().nodes()).hasSize(300);
    assertThat(full.indicatorNodes()).hasSize(200);
    assertThat(view.checks()).as("every step of the generated theory reaches the target").isEmpty();
    assertThat(view.rollUp().target().indicators()).isEqualTo(200);
    assertThat(view.rollUp().target().percent()).isNotNull();
    assertThat(svg).startsWith("<svg");
    // and the statements are the same few: none per indicator, value, step or link
    assertThat(forFull).isEqualTo(forSmall);
    assertThat(forSmall).isBetween(1, 6);
  }
}
