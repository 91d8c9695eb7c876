package org.missionhub.plugin.roadmap.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.missionhub.plugin.roadmap.model.Balance;
import org.missionhub.plugin.roadmap.model.Portfolio;
import org.missionhub.plugin.roadmap.model.TimelineRows;
import org.missionhub.plugin.roadmap.store.PortfolioReader;
import org.missionhub.plugin.testkit.StatementCounter;
import org.missionhub.plugin.roadmap.ui.TimelineDrawing;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link RoadmapBenchmark}: first counts, database by database, the statements one read of the
 * portfolio (with its broken dependencies and balance) costs for the 5-initiative mission and for the
 * 500-initiative one; then the reading benchmarks for each database, then the in-memory ones once; prints
 * a table of it all.
 *
 * <pre>java ... RoadmapBench [--databases h2,postgresql] [--warmup N] [--iterations N] [--out FILE]</pre>
 */
public final class RoadmapBench {

  /** "Well under a second": the goal's bound, for the table. */
  static final double GOAL_MS = 1_000;

  private RoadmapBench() {}

  public static void main(String[] args) throws RunnerException, IOException, SQLException {
    List<String> databases = List.of("h2", "postgresql");
    Integer warmup = null;
    Integer iterations = null;
    Path out = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--databases" -> databases = Arrays.asList(args[++i].split(","));
        case "--warmup" -> warmup = Integer.parseInt(args[++i]);
        case "--iterations" -> iterations = Integer.parseInt(args[++i]);
        case "--out" -> out = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("usage: RoadmapBench [--databases h2,postgresql] [--warmup N] [--iterations N] [--out FILE]");
      }
    }
    List<String> lines = new ArrayList<>();
    lines.add("Statements per read (portfolio, broken dependencies and balance), counted on the connection:");
    for (String database : databases) {
      lines.add(statements(database));
    }

    Map<String, Map<String, Result<?>>> reading = run(RoadmapBenchmark.READING, databases, warmup, iterations);
    Map<String, Map<String, Result<?>>> inMemory = run(RoadmapBenchmark.IN_MEMORY, databases.subList(0, 1), warmup, iterations);

    lines.add("");
    lines.add(String.format(Locale.ROOT, "%-11s %-32s %-32s %-32s", "database", "read ms", "timeline data ms", "balance ms"));
    for (String database : databases) {
      Map<String, Result<?>> r = reading.get(database);
      lines.add(String.format(Locale.ROOT, "%-11s %-32s %-32s %-32s", database, score(r.get("read")), score(r.get("timelineData")), score(r.get("balance"))));
    }
    lines.add("");
    lines.add("In memory, on the portfolio read once (ms):");
    inMemory.values().iterator().next().forEach((name, result) -> lines.add(String.format(Locale.ROOT, "  %-20s %s", name, score(result))));
    lines.add("goal: timeline data and balance each well under " + (int) GOAL_MS + " ms; statements the same for both sizes."
        + " Scores: mean ± 99.9% error [min–max of the measured iterations].");
    System.out.println();
    System.out.println("[bench] Roadmap timeline and balance at " + BenchPortfolio.FULL + ":");
    lines.forEach(System.out::println);
    if (out != null) {
      Files.write(out, lines, StandardCharsets.UTF_8);
    }
  }

  /** The statements of one read of each mission, what the full one holds, on one database. */
  private static String statements(String database) throws SQLException {
    try (BenchDatabase db = BenchDatabase.open(database)) {
      if (!RoadmapBenchData.present(db)) {
        throw new IllegalStateException("no roadmap benchmark data in " + BenchDatabase.describe(database) + ": run RoadmapBenchData --database " + database + " first");
      }
      StatementCounter counter = StatementCounter.on(db.connection());
      PortfolioReader reader = new PortfolioReader();
      Portfolio small = reader.read(counter.connection(), RoadmapBenchData.SMALL_MISSION);
      small.brokenDependencies();
      Balance.of(small);
      int forSmall = counter.statements();
      counter.reset();
      Portfolio full = reader.read(counter.connection(), RoadmapBenchData.MISSION);
      int broken = full.brokenDependencies().size();
      Balance balance = Balance.of(full);
      int forFull = counter.statements();
      db.connection().commit();
      String svg = TimelineDrawing.svg(full, TimelineRows.of(
          full, TimelineRows.Filter.NONE, TimelineRows.GroupBy.OBJECTIVE, id -> id, "No objective"), RoadmapBenchmark.TODAY);
      long contributions = full.initiatives().stream().mapToLong(i -> i.contributors().size()).sum();
      long served = full.initiatives().stream().mapToLong(i -> i.objectives().size()).sum();
      return String.format(Locale.ROOT,
          "  %-11s %d statements for %d initiatives, %d for %d initiatives (%d milestones, %d dependencies of which %d broken, %d contributor and %d objective links; balance: %d warnings; timeline picture: %,d characters of SVG)",
          database, forSmall, small.initiatives().size(), forFull, full.initiatives().size(), full.milestones().size(), full.dependencies().size(), broken,
          contributions, served, balance.warnings().size(), svg.length());
    }
  }

  /** Runs the benchmarks for the databases; results by database, then benchmark. */
  private static Map<String, Map<String, Result<?>>> run(List<String> benchmarks, List<String> databases, Integer warmup, Integer iterations) throws RunnerException {
    ChainedOptionsBuilder options =
        new OptionsBuilder()
            .include(RoadmapBenchmark.class.getName() + "\\.(" + String.join("|", benchmarks) + ")$")
            .param("database", databases.toArray(String[]::new))
            .shouldFailOnError(true);
    if (warmup != null) {
      options.warmupIterations(warmup);
    }
    if (iterations != null) {
      options.measurementIterations(iterations);
    }
    Collection<RunResult> results = new Runner(options.build()).run();
    Map<String, Map<String, Result<?>>> byDatabase = new LinkedHashMap<>();
    for (String database : databases) {
      byDatabase.put(database, new LinkedHashMap<>());
    }
    for (RunResult r : results) {
      String method = r.getParams().getBenchmark().substring(r.getParams().getBenchmark().lastIndexOf('.') + 1);
      byDatabase.get(r.getParams().getParam("database")).put(method, r.getPrimaryResult());
    }
    for (Map<String, Result<?>> m : byDatabase.values()) {
      Map<String, Result<?>> ordered = new LinkedHashMap<>();
      benchmarks.stream().filter(m::containsKey).forEach(b -> ordered.put(b, m.get(b)));
      m.clear();
      m.putAll(ordered);
    }
    return byDatabase;
  }

  private static String score(Result<?> result) {
    if (result == null) {
      return "-";
    }
    return String.format(Locale.ROOT, "%.3f ± %.3f [%.3f–%.3f]", result.getScore(), result.getScoreError(), result.getStatistics().getMin(), result.getStatistics().getMax());
  }
}
