package org.missionhub.plugin.roadmap.bench;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.missionhub.plugin.roadmap.model.Balance;
import org.missionhub.plugin.roadmap.model.Dependency;
import org.missionhub.plugin.roadmap.model.Initiative;
import org.missionhub.plugin.roadmap.model.Portfolio;
import org.missionhub.plugin.roadmap.model.TimelineRows;
import org.missionhub.plugin.roadmap.store.PortfolioReader;
import org.missionhub.plugin.roadmap.ui.TimelineDrawing;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Issue 14's goal: the timeline data and the balance of a mission of 500 initiatives, 5,000 milestones and
 * 2,000 dependencies ({@link RoadmapBenchData#MISSION}) each computed in well under a second.
 *
 * <ul>
 *   <li>{@link #read}: the whole portfolio read as {@code RoadmapService.portfolio()} reads it, in a
 *       transaction of its own: {@code new PortfolioReader().read(connection, mission)} (the SQL part);
 *   <li>{@link #timelineData}: the read and the broken dependencies: what the Roadmap tab and
 *       {@code GET .../roadmap} compute for the timeline (the tab then draws it, the endpoint shapes it);
 *   <li>{@link #balance}: the read and {@code Balance.of(portfolio)}: what the balance view and
 *       {@code GET .../roadmap/balance} compute;
 *   <li>the in-memory parts alone, on a portfolio read once in the set-up (pure CPU):
 *       {@link #brokenDependencies}, {@link #balanceOf}, and what the pages do on top of the data —
 *       {@link #timelineRows} (grouped by objective, as the tab opens), {@link #timelineSvg} (the picture)
 *       and {@link #nextMilestones} (each initiative's next milestone, as {@code GET .../roadmap} gives it).
 * </ul>
 *
 * Run it through {@link RoadmapBench}, which counts the statements too and prints a table, or directly with
 * JMH ({@code org.openjdk.jmh.Main RoadmapBenchmark -p database=h2}). The data comes from
 * {@link RoadmapBenchData}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class RoadmapBenchmark {

  static final LocalDate TODAY = BenchPortfolio.NOW.toLocalDate();

  @Param({"h2", "postgresql"})
  public String database;

  private final PortfolioReader reader = new PortfolioReader();
  private BenchDatabase db;
  private Portfolio portfolio;
  private TimelineRows rows;
  private Function<String, String> ownerName;

  @Setup(Level.Trial)
  public void open() {
    db = BenchDatabase.open(database);
    if (!RoadmapBenchData.present(db)) {
      throw new IllegalStateException("no roadmap benchmark data in " + BenchDatabase.describe(database) + ": run RoadmapBenchData --database " + database + " first");
    }
    portfolio = read();
    if (portfolio.initiatives().size() != BenchPortfolio.FULL.initiatives() || portfolio.milestones().size() != BenchPortfolio.FULL.milestones()
        || portfolio.dependencies().size() != BenchPortfolio.FULL.dependencies()) {
      throw new IllegalStateException("the benchmark mission is not whole in " + BenchDatabase.describe(database));
    }
    Map<String, String> names = new HashMap<>();
    List<String> organisations = BenchPortfolio.organisations(RoadmapBenchData.MISSION, BenchPortfolio.FULL);
    for (int i = 0; i < organisations.size(); i++) {
      names.put(organisations.get(i), "Organisation " + (i + 1));
    }
    ownerName = names::get;
    rows = timelineRows();
  }

  @TearDown(Level.Trial)
  public void close() {
    db.close();
  }

  @Benchmark
  public Portfolio read() {
    return db.inTransaction(c -> reader.read(c, RoadmapBenchData.MISSION));
  }

  @Benchmark
  public void timelineData(Blackhole blackhole) {
    Portfolio read = read();
    blackhole.consume(read);
    blackhole.consume(read.brokenDependencies());
  }

  @Benchmark
  public void balance(Blackhole blackhole) {
    Portfolio read = read();
    blackhole.consume(read);
    blackhole.consume(Balance.of(read));
  }

  @Benchmark
  @Warmup(iterations = 3, time = 1)
  @Measurement(iterations = 5, time = 1)
  public List<Dependency> brokenDependencies() {
    return portfolio.brokenDependencies();
  }

  @Benchmark
  @Warmup(iterations = 3, time = 1)
  @Measurement(iterations = 5, time = 1)
  public Balance balanceOf() {
    return Balance.of(portfolio);
  }

  @Benchmark
  @Warmup(iterations = 3, time = 1)
  @Measurement(iterations = 5, time = 1)
  public TimelineRows timelineRows() {
    return TimelineRows.of(portfolio, TimelineRows.Filter.NONE, TimelineRows.GroupBy.OBJECTIVE, ownerName, "No objective");
  }

  @Benchmark
  @Warmup(iterations = 3, time = 1)
  @Measurement(iterations = 5, time = 1)
  public String timelineSvg() {
    return TimelineDrawing.svg(portfolio, rows, TODAY);
  }

  @Benchmark
  @Warmup(iterations = 3, time = 1)
  @Measurement(iterations = 5, time = 1)
  public void nextMilestones(Blackhole blackhole) {
    for (Initiative initiative : portfolio.initiatives()) {
      blackhole.consume(portfolio.nextMilestone(initiative.id()));
    }
  }

  /** The benchmarks that read from the database (run for each database). */
  static final List<String> READING = List.of("read", "timelineData", "balance");
  /** The in-memory ones (run once: the portfolio is the same whichever database it was read from). */
  static final List<String> IN_MEMORY = List.of("brokenDependencies", "balanceOf", "timelineRows", "timelineSvg", "nextMilestones");
}
