package org.missionhub.plugin.evaluation.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.missionhub.plugin.evaluation.EvaluationPlugin;
import org.missionhub.plugin.evaluation.diagram.TheoryLabels;
import org.missionhub.plugin.evaluation.diagram.TheoryLayout;
import org.missionhub.plugin.evaluation.diagram.TheorySvg;
import org.missionhub.plugin.evaluation.model.ChangeNode;
import org.missionhub.plugin.evaluation.model.Indicator;
import org.missionhub.plugin.evaluation.model.RollUp;
import org.missionhub.plugin.evaluation.service.TheoryService;
import org.missionhub.plugin.evaluation.store.TheoryReader;
import org.missionhub.plugin.testkit.InMemoryH2;
import org.missionhub.plugin.testkit.PluginMigrations;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Issue 15's goal: for a mission of 200 indicators x 40 quarters x 3 groups (32,000 values with the totals)
 * and a 300-step theory of change ({@link BenchMission#FULL}), the progress roll-up and the diagram layout
 * each well under a second.
 *
 * <ul>
 *   <li>{@link #read}: what the Theory of change tab and {@code GET .../theory} read, on in-memory H2 with
 *       the plugin's migrations (the SQL part, four statements);
 *   <li>{@link #view}: the read, every indicator's progress, the checks and the roll-up of every step and
 *       the target: the whole of {@code TheoryService.view()} but the roadmap's initiatives;
 *   <li>in memory, on data read once in the set-up: {@link #progress} (every indicator's progress),
 *       {@link #rollUp} (progress, then every step and the target rolled up), {@link #layout} (the columns and
 *       their order) and {@link #diagram} (layout and SVG).
 * </ul>
 *
 * Run it with {@code bash infra/bench-evaluation.sh} or directly with JMH
 * ({@code org.openjdk.jmh.Main EvaluationBenchmark}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class EvaluationBenchmark {

  private static final String MISSION = BenchMission.stableId("benchmark/full");

  private Connection connection;
  private TheoryReader.TheoryData data;
  private final TheoryReader reader = new TheoryReader();
  private final TheoryLabels labels = TheoryLabels.of(Locale.ENGLISH);

  @Setup(Level.Trial)
  public void open() throws SQLException {
    connection = InMemoryH2.open("evaluation-bench", new PluginMigrations("db/migration/evaluation", EvaluationPlugin.class));
    BenchMission.FULL.write(connection, MISSION, 15);
    connection.commit();
    data = reader.read(connection, MISSION);
    if (data.board().indicators().size() != 200 || data.theory().nodes().size() != 300) {
      throw new IllegalStateException("the benchmark mission is not whole");
    }
  }

  @TearDown(Level.Trial)
  public void close() throws SQLException {
    InMemoryH2.shutdown(connection);
  }

  @Benchmark
  public TheoryReader.TheoryData read() throws SQLException {
    TheoryReader.TheoryData read = reader.read(connection, MISSION);
    connection.commit();
    return read;
  }

  @Benchmark
  public void view(Blackhole hole) throws SQLException {
    TheoryService.View view = TheoryService.view(read(), List.of());
    view.theory().nodes().forEach(n -> hole.consume(view.rollUp().of(n.id())));
    hole.consume(view.rollUp().target());
    hole.consume(view.checks());
  }

  @Benchmark
  public void progress(Blackhole hole) {
    for (Indicator indicator : data.board().indicators()) {
      hole.consume(data.board().progress(indicator));
    }
  }

  @Benchmark
  public void rollUp(Blackhole hole) {
    RollUp rollUp = TheoryService.view(data, List.of()).rollUp();
    data.theory().nodes().forEach(n -> hole.consume(rollUp.of(n.id())));
    hole.consume(rollUp.target());
  }

  @Benchmark
  public TheoryLayout layout() {
    return new TheoryLayout(data.theory());
  }

  @Benchmark
  public String diagram() {
    RollUp rollUp = new RollUp(data.theory(), data.indicatorNodes(), java.util.Map.of());
    return TheorySvg.draw(data.theory(), labels.forDrawing(data.theory(), ChangeNode::title, rollUp, "Halve the share of young people in distress"));
  }
}
