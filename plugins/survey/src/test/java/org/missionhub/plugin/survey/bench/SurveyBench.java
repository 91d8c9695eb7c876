package org.missionhub.plugin.survey.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link ResultsBenchmark} database by database (so that a database's report and its floor run one
 * after the other, in the same JMH run) and prints for each how many times faster the report (read from the kept counts) is than the floors.
 *
 * <pre>java ... SurveyBench [--databases h2,postgresql] [--questions funding_sources,role] [--warmup N] [--iterations N] [--out FILE]</pre>
 */
public final class SurveyBench {

  /** The goals (issue 20): a report under this many milliseconds ... */
  static final double GOAL_MS = 50;

  /** ... and at least this many times faster than one grouped scan of the answers (the report's former statement). */
  static final double GOAL_SPEED_UP = 40;

  private SurveyBench() {}

  public static void main(String[] args) throws RunnerException, IOException {
    List<String> databases = List.of("h2", "postgresql");
    List<String> questions = List.of("funding_sources");
    Integer warmup = null;
    Integer iterations = null;
    Path out = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--databases" -> databases = Arrays.asList(args[++i].split(","));
        case "--questions" -> questions = Arrays.asList(args[++i].split(","));
        case "--warmup" -> warmup = Integer.parseInt(args[++i]);
        case "--iterations" -> iterations = Integer.parseInt(args[++i]);
        case "--out" -> out = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("usage: SurveyBench [--databases h2,postgresql] [--questions q1,q2] [--warmup N] [--iterations N] [--out FILE]");
      }
    }
    List<String> lines = new ArrayList<>();
    lines.add(String.format(Locale.ROOT, "%-11s %-16s %22s %24s %8s %10s %26s %8s %17s",
        "database", "question", "report ms (mean ± err)", "floor: 6 GROUP BYs ms", "x faster", "x(p50)", "floor: 1 grouped scan ms", "x faster", "disclosure ctl ms"));
    for (String database : databases) {
      ChainedOptionsBuilder options =
          new OptionsBuilder()
              .include(ResultsBenchmark.class.getName() + "\\.(report|floor|floorOneStatement|disclosureControl)$")
              .param("database", database)
              .param("question", questions.toArray(String[]::new))
              .shouldFailOnError(true);
      if (warmup != null) {
        options.warmupIterations(warmup);
      }
      if (iterations != null) {
        options.measurementIterations(iterations);
      }
      Collection<RunResult> results = new Runner(options.build()).run();
      Map<String, Map<String, Result<?>>> byQuestion = new LinkedHashMap<>();
      for (RunResult r : results) {
        String method = r.getParams().getBenchmark().substring(r.getParams().getBenchmark().lastIndexOf('.') + 1);
        byQuestion.computeIfAbsent(r.getParams().getParam("question"), q -> new LinkedHashMap<>()).put(method, r.getPrimaryResult());
      }
      for (String question : questions) {
        Map<String, Result<?>> m = byQuestion.get(question);
        Result<?> report = m.get("report");
        Result<?> floor = m.get("floor");
        Result<?> protect = m.get("disclosureControl");
        Result<?> statement = m.get("floorOneStatement");
        lines.add(String.format(Locale.ROOT, "%-11s %-16s %22s %24s %8.2f %10.2f %26s %8.2f %17s",
            database, question, score(report), score(floor), floor.getScore() / report.getScore(),
            floor.getStatistics().getPercentile(50) / report.getStatistics().getPercentile(50),
            score(statement), statement.getScore() / report.getScore(),
            protect == null ? "-" : String.format(Locale.ROOT, "%.3f ± %.3f", protect.getScore(), protect.getScoreError())));
      }
    }
    lines.add("goal: report < " + GOAL_MS + " ms and at least " + GOAL_SPEED_UP + " x faster than 1 grouped scan (speed-ups: floor / report, of the means;"
        + " x(p50) of the medians)");
    System.out.println();
    System.out.println("[bench] Results report against the raw SQL floor:");
    lines.forEach(System.out::println);
    if (out != null) {
      Files.write(out, lines, StandardCharsets.UTF_8);
    }
  }

  private static String score(Result<?> result) {
    return String.format(Locale.ROOT, "%.1f ± %.1f", result.getScore(), result.getScoreError());
  }
}
