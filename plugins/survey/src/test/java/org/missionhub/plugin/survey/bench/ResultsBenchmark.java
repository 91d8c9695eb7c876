package org.missionhub.plugin.survey.bench;

import org.missionhub.plugin.survey.version.InstrumentOwner;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.missionhub.plugin.survey.instrument.Instrument;
import org.missionhub.plugin.survey.instrument.Option;
import org.missionhub.plugin.survey.instrument.Question;
import org.missionhub.plugin.survey.instrument.QuestionType;
import org.missionhub.plugin.survey.grouping.Breakdown;
import org.missionhub.plugin.survey.grouping.Dimension;
import org.missionhub.plugin.survey.results.DisclosureControl;
import org.missionhub.plugin.survey.results.ProtectedCounts;
import org.missionhub.plugin.survey.results.QuestionCounts;
import org.missionhub.plugin.survey.results.QuestionReports;
import org.missionhub.plugin.survey.results.QuestionResult;
import org.missionhub.plugin.survey.store.GroupingCounts;
import org.missionhub.plugin.survey.store.InstrumentStore;
import org.missionhub.plugin.survey.store.ResultsStore;
import org.missionhub.plugin.survey.template.NeedsAssessmentTemplate;
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
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A question's full results report against the floor, on the same database in the same run.
 *
 * <ul>
 *   <li>{@link #report}: what the results endpoint computes for a closed campaign's question, uncached —
 *       {@code QuestionReports.report(campaign, 5, template, question, English)}: the overall distribution
 *       and the five breakdowns read from the counts kept as answers are written ({@code AnswerCounts}),
 *       protected together by {@code DisclosureControl}, shaped with percentages.
 *   <li>{@link #floor}: the equivalent raw SQL, as anyone would write it: six {@code GROUP BY}s over
 *       {@code survey_answer} (overall, and by organisation type, country, phase, governance mode and
 *       challenge area), every row read and nothing else done;
 *   <li>{@link #floorOneStatement}: one grouped scan of the question's answers ({@code GroupingCounts.scan}'s
 *       statement, what the report ran before the counts were kept), raw, every row read;
 *   <li>{@link #disclosureControl}: the protection step alone, on counts read once in the set-up (pure
 *       CPU); its set-up also checks that the report counts what the six {@code GROUP BY}s count.
 * </ul>
 *
 * One operation takes seconds to minutes at a million responses, so each is timed as a single shot: one
 * warm-up and four measured operations per benchmark (more with {@code --warmup}/{@code --iterations}).
 * Run it through {@link SurveyBench}, which prints the ratios per database, or directly with JMH
 * ({@code org.openjdk.jmh.Main ResultsBenchmark -p database=h2}). The data comes from {@link BenchData}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 4)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ResultsBenchmark {

  /** The floor's six statements: the overall distribution, then one per breakdown, in the report's order. */
  static final List<String> FLOOR_SQL = floorSql();

  @Param({"h2", "postgresql"})
  public String database;

  @Param({"funding_sources"})
  public String question;

  private BenchDatabase db;
  private Instrument instrument;
  private Question asked;
  private QuestionCounts counts;

  /** Opens the database; for the disclosure-control benchmark also reads the counts and checks the report against the floor (slow). */
  @Setup(Level.Trial)
  public void open(BenchmarkParams params) {
    db = BenchDatabase.open(database);
    long responses = BenchData.completeResponses(db).orElseThrow(() -> new IllegalStateException(
        "no benchmark campaign in " + BenchDatabase.describe(database) + ": run BenchData --database " + database + " first"));
    // As the results service does: the instrument as stored with the campaign's version.
    instrument = new InstrumentStore(db).version(InstrumentOwner.PLATFORM, NeedsAssessmentTemplate.CODE, 1).orElseThrow().definition();
    asked = instrument.question(question).orElseThrow(() -> new IllegalArgumentException("the template has no question " + question));
    if (asked.type() == QuestionType.MATRIX || !(asked.type().hasOptions() || asked.type() == QuestionType.COUNTRY)) {
      throw new IllegalArgumentException("benchmark a closed question that is not a matrix, not " + question);
    }
    if (params.getBenchmark().endsWith(".disclosureControl")) {
      counts = counts(db, asked);
      check(responses);
    }
  }

  @TearDown(Level.Trial)
  public void close() {
    db.close();
  }

  /** Milliseconds now (it reads the kept counts): timed as an average over many operations, not a single shot. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  public QuestionResult report() {
    return new QuestionReports(new ResultsStore(db)).report(BenchData.CAMPAIGN_ID, BenchData.MINIMUM_CELL_SIZE, instrument, asked, Locale.ENGLISH);
  }

  @Benchmark
  public long floor(Blackhole blackhole) throws SQLException {
    return floor(db.connection(), question, blackhole);
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  public ProtectedCounts disclosureControl() {
    return new DisclosureControl(BenchData.MINIMUM_CELL_SIZE).protect(counts);
  }

  /** The report's own statement, raw, every row read into the black hole; the number of rows. */
  @Benchmark
  public long floorOneStatement(Blackhole blackhole) throws SQLException {
    Connection connection = db.connection();
    long rows = 0;
    try (PreparedStatement select = connection.prepareStatement(GroupingCounts.statement(database))) {
      select.setString(1, BenchData.CAMPAIGN_ID);
      select.setString(2, question);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          for (int column = 1; column <= 6; column++) {
            blackhole.consume(row.getString(column));
          }
          blackhole.consume(row.getLong(7));
          blackhole.consume(row.getLong(8));
          rows++;
        }
      }
    }
    connection.commit();
    return rows;
  }

  /** The six GROUP BYs, every row read into the black hole; the number of rows. */
  static long floor(Connection connection, String question, Blackhole blackhole) throws SQLException {
    long rows = 0;
    for (String sql : FLOOR_SQL) {
      try (PreparedStatement select = connection.prepareStatement(sql)) {
        select.setString(1, BenchData.CAMPAIGN_ID);
        select.setString(2, question);
        try (ResultSet row = select.executeQuery()) {
          while (row.next()) {
            blackhole.consume(row.getString(1));
            blackhole.consume(row.getString(2));
            blackhole.consume(row.getLong(3));
            blackhole.consume(row.getLong(4));
            rows++;
          }
        }
      }
    }
    connection.commit();
    return rows;
  }

  private static List<String> floorSql() {
    List<String> sql = new ArrayList<>();
    String counted = "answer_value, count(*), sum(case when ordinal = 0 then 1 else 0 end) from survey_answer where campaign_id = ? and question = ?";
    sql.add("select 'all', " + counted + " group by answer_value");
    for (Dimension d : Dimension.values()) {
      sql.add("select " + d.column() + ", " + counted + " group by " + d.column() + ", answer_value");
    }
    return List.copyOf(sql);
  }

  /** The counts the report protects, read once (as QuestionReports reads them). */
  static QuestionCounts counts(BenchDatabase db, Question question) {
    ResultsStore store = new ResultsStore(db);
    ResultsStore.Grouped all = store.count(BenchData.CAMPAIGN_ID, question.code(), Optional.empty(), Optional.empty());
    List<String> codes = new ArrayList<>(question.options().stream().map(Option::code).toList());
    if (question.type() == QuestionType.COUNTRY) {
      all.values().stream().filter(v -> !v.isEmpty()).forEach(codes::add);
    }
    if (question.otherSpecify()) {
      codes.add(Question.OTHER);
    }
    List<Breakdown> breakdowns = new ArrayList<>();
    for (Dimension d : Dimension.values()) {
      breakdowns.add(store.count(BenchData.CAMPAIGN_ID, question.code(), Optional.of(d), Optional.empty()).breakdown(d.apiName(), codes));
    }
    Optional<double[]> scores = question.type() == QuestionType.LIKERT ? Optional.of(java.util.stream.IntStream.rangeClosed(1, codes.size()).asDoubleStream().toArray()) : Optional.empty();
    return new QuestionCounts(codes, scores, all.breakdown(Breakdown.ALL, codes), breakdowns);
  }

  /** The report agrees with the floor's numbers; prints what disclosure control did to it. */
  private void check(long responses) {
    QuestionResult result = report();
    long respondents = counts.overall().respondents()[0];
    if (result.respondents() == null || result.respondents() != respondents) {
      throw new IllegalStateException("the report counts " + result.respondents() + " respondents, the floor " + respondents);
    }
    GroupingCounts.AllGroups once = new ResultsStore(db).countAll(BenchData.CAMPAIGN_ID, asked.code());
    for (Breakdown expected : counts.breakdowns()) {
      Breakdown actual = once.breakdowns().get(Dimension.fromApiName(expected.name()).orElseThrow()).breakdown(expected.name(), counts.categories());
      if (!actual.equals(expected)) {
        throw new IllegalStateException("the kept counts differ from the six GROUP BYs: " + actual + " against " + expected);
      }
    }
    for (Breakdown b : counts.breakdowns()) {
      if (b.total() != respondents) {
        throw new IllegalStateException("the " + b.name() + " breakdown adds up to " + b.total() + ", not " + respondents);
      }
    }
    StringBuilder tables = new StringBuilder();
    for (QuestionResult.Table table : result.breakdowns()) {
      long withheld = table.rows().stream().flatMap(r -> r.cells().stream()).filter(QuestionResult.Cell::withheld).count();
      long cells = table.rows().stream().mapToLong(r -> r.cells().size()).sum();
      long pooled = table.rows().stream().filter(r -> r.group().startsWith("_")).count();
      tables.append(String.format(Locale.ROOT, " %s: %d groups%s, %d of %d cells withheld;", table.by(), table.rows().size(), pooled > 0 ? " (small ones pooled)" : "", withheld, cells));
    }
    System.out.printf(Locale.ROOT, "%n[bench] %s, %s: %,d responses, %,d answered the question;%s not offered: %s%n",
        database, question, responses, respondents, tables, result.notOffered());
  }
}
