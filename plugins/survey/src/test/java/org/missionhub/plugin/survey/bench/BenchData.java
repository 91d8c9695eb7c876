package org.missionhub.plugin.survey.bench;

import org.missionhub.plugin.survey.version.InstrumentOwner;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.missionhub.api.mission.MissionFacts;
import org.missionhub.plugin.survey.answering.AnswerRows;
import org.missionhub.plugin.survey.answering.ResponseFacts;
import org.missionhub.plugin.survey.answering.UnitKeys;
import org.missionhub.plugin.survey.campaign.Audience;
import org.missionhub.plugin.survey.campaign.Campaign;
import org.missionhub.plugin.survey.campaign.CampaignSettings;
import org.missionhub.plugin.survey.campaign.CampaignStatus;
import org.missionhub.plugin.survey.campaign.Unit;
import org.missionhub.plugin.survey.instrument.Instrument;
import org.missionhub.plugin.survey.response.CheckedResponse;
import org.missionhub.plugin.survey.response.ResponseCheck;
import org.missionhub.plugin.survey.store.CampaignStore;
import org.missionhub.plugin.survey.store.InstrumentStore;
import org.missionhub.plugin.survey.store.ResponseStore;
import org.missionhub.plugin.survey.template.NeedsAssessmentTemplate;
import org.missionhub.plugin.survey.version.InstrumentVersion;

/**
 * Generates the benchmark campaign: the survey plugin's tables (its two migrations, applied by plain JDBC
 * into an empty schema), the published needs-assessment template, one closed campaign (per person,
 * identified, minimum cell size 5) and, by default, 1,000 organisations' worth of facts and 1,000,000
 * responses with their {@code survey_answer} rows made by {@link AnswerRows#of}, as submitting does. Every
 * response passes {@link ResponseCheck} unchanged (only questions shown are answered).
 *
 * <p>Seeded: every run writes the same data, on H2 and on PostgreSQL alike. Re-runnable: a database that
 * already holds the complete campaign of that size is left alone; anything else (nothing, a different size,
 * an interrupted load) is dropped and generated again. The campaign's results are marked published last,
 * so a load that did not finish is never taken for a complete one.
 *
 * <p>Loading is bulk: PostgreSQL by {@code COPY} (the answer table's indexes and foreign key are
 * rebuilt after the load, then VACUUM ANALYZE), H2 by batched prepared statements; both commit every few
 * thousand responses and print their progress.
 *
 * <pre>java ... BenchData --database h2|postgresql [--responses 1000000] [--organisations 1000] [--recreate]</pre>
 */
public final class BenchData {

  public static final String CAMPAIGN_ID = BenchPopulation.stableId("missionhub-bench-campaign");
  public static final int MINIMUM_CELL_SIZE = 5;
  public static final int DEFAULT_RESPONSES = 1_000_000;
  public static final int DEFAULT_ORGANISATIONS = 1_000;
  static final long SEED = 20_260_301L;

  private static final OffsetDateTime CREATED = OffsetDateTime.of(2025, 2, 14, 9, 0, 0, 0, ZoneOffset.UTC);
  private static final OffsetDateTime OPENS = OffsetDateTime.of(2025, 3, 3, 8, 0, 0, 0, ZoneOffset.UTC);
  private static final OffsetDateTime CLOSES = OffsetDateTime.of(2025, 6, 30, 22, 0, 0, 0, ZoneOffset.UTC);
  private static final List<String> MIGRATIONS =
      List.of(
          "db/migration/survey/V1__instrument_versions.sql", "db/migration/survey/V2__campaigns_and_responses.sql", "db/migration/survey/V3__mission_surveys.sql",
          "db/migration/survey/V4__response_export_order.sql", "db/migration/survey/V5__organisation_private_rows.sql",
          "db/migration/survey/V7__answer_counts.sql", "db/migration/survey/V10__sector.sql", "db/migration/survey/V11__organisation_instruments.sql");
  /** The migrations data is always loaded with (the tables and the answers); later ones may be applied to loaded data. */
  private static final int BASE_MIGRATIONS = 2;
  private static final List<String> TABLES =
      List.of("survey_answer_count", "survey_answer", "survey_response", "survey_participation", "survey_draft", "survey_campaign", "survey_instrument");
  private static final String RESPONSE_COLUMNS =
      "id, campaign_id, instrument_version, tenant_id, mission_id, respondent_subject, respondent_name, org_type, country, phase,"
          + " governance_mode, challenge_area, answers, submitted_on, updated_at, revision";
  private static final String ANSWER_COLUMNS =
      "response_id, campaign_id, question, answer_value, answer_number, ordinal, org_type, country, phase, governance_mode, challenge_area";
  /** The primary keys dropped while loading (random ids land all over them) and built again after. */
  private static final Map<String, String> PRIMARY_KEYS = Map.of("survey_response", "id", "survey_participation", "campaign_id, unit_hash");
  private static final int COMMIT_EVERY = 5_000;
  private static final int PROGRESS_EVERY = 50_000;
  private static final int CHUNK = 1_000;

  private BenchData() {}

  public static void main(String[] args) throws Exception {
    List<String> databases = new ArrayList<>();
    int responses = DEFAULT_RESPONSES;
    int organisations = DEFAULT_ORGANISATIONS;
    boolean recreate = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--database", "--databases" -> databases.addAll(Arrays.asList(args[++i].split(",")));
        case "--responses" -> responses = Integer.parseInt(args[++i]);
        case "--organisations" -> organisations = Integer.parseInt(args[++i]);
        case "--recreate" -> recreate = true;
        default -> throw new IllegalArgumentException("usage: BenchData --database h2|postgresql [--responses N] [--organisations N] [--recreate]");
      }
    }
    if (databases.isEmpty()) {
      databases = List.of("h2", "postgresql");
    }
    for (String database : databases) {
      ensure(database, organisations, responses, recreate);
    }
  }

  /** Generates the campaign in one database unless it is there complete already. */
  public static void ensure(String product, int organisations, int responses, boolean recreate) throws Exception {
    if (!recreate) {
      try (BenchDatabase db = BenchDatabase.open(product)) {
        Optional<Long> found = completeResponses(db);
        if (found.isPresent() && found.get() == responses) {
          log(product + ": the benchmark campaign (" + responses + " responses) is there already, in " + BenchDatabase.describe(product));
          return;
        }
        log(product + ": " + found.map(n -> "a campaign of " + n + " responses is there; generating " + responses + " instead").orElse("no complete benchmark campaign; generating it"));
      }
    }
    if (product.equals("h2")) {
      Path dir = BenchDatabase.h2Directory();
      Files.createDirectories(dir);
      Files.deleteIfExists(dir.resolve("survey.mv.db"));
      Files.deleteIfExists(dir.resolve("survey.trace.db"));
    }
    // For H2 a bigger page cache while loading (the benchmark itself opens it with the server's settings).
    try (BenchDatabase db = BenchDatabase.open(product, System.getProperty("bench.h2.load", "CACHE_SIZE=1048576"))) {
      new BenchData.Load(db, organisations, responses).run();
    }
  }

  /** The size of the complete benchmark campaign in this database, if there is one. */
  public static Optional<Long> completeResponses(BenchDatabase db) {
    try {
      upgrade(db);
      Optional<Campaign> campaign = new CampaignStore(db).find(CAMPAIGN_ID);
      if (campaign.isEmpty() || !campaign.get().resultsPublished()) {
        return Optional.empty();
      }
      return Optional.of(new ResponseStore(db).progress(CAMPAIGN_ID).submitted());
    } catch (Exception e) {
      try {
        db.connection().rollback();
      } catch (SQLException ignored) {
        // the connection is about to be closed anyway
      }
      return Optional.empty(); // no tables yet
    }
  }

  /**
   * Applies the migrations that came after the data was loaded (none changes the answers), recording them
   * in {@code bench_migration}; data loaded before that table existed had V3 applied if it has its column.
   */
  private static void upgrade(BenchDatabase db) throws Exception {
    Connection c = db.connection();
    try (Statement statement = c.createStatement()) {
      statement.execute("create table if not exists bench_migration (name varchar(200) not null primary key)");
    }
    for (String migration : MIGRATIONS.subList(BASE_MIGRATIONS, MIGRATIONS.size())) {
      if (recorded(c, migration)) {
        continue;
      }
      boolean inSchema = migration.contains("V3__") && exists(c, "select count(*) from information_schema.columns where lower(table_name) = 'survey_campaign' and lower(column_name) = 'mission_id'");
      if (!inSchema) {
        long started = System.nanoTime();
        try (Statement statement = c.createStatement()) {
          for (String sql : statements(migration)) {
            statement.execute(sql);
          }
        }
        log(db.product() + ": applied " + migration + " to the existing benchmark data (" + seconds(System.nanoTime() - started) + ")");
      }
      record(c, migration);
      c.commit();
      if (migration.contains("V7__") || migration.contains("V10__")) {
        count(db);
      }
    }
  }

  /** The kept counts the reports read, made by the repair command's recount (the rows were loaded in bulk, not submitted). */
  private static void count(BenchDatabase db) {
    long started = System.nanoTime();
    var recount = new org.missionhub.plugin.survey.store.AnswerCounts(db).recount(CAMPAIGN_ID);
    log(db.product() + ": counted " + recount.cells() + " result cells from the answers (" + seconds(System.nanoTime() - started) + ")");
  }

  private static boolean recorded(Connection c, String migration) throws SQLException {
    try (PreparedStatement select = c.prepareStatement("select count(*) from bench_migration where name = ?")) {
      select.setString(1, migration);
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return row.getLong(1) > 0;
      }
    }
  }

  private static boolean exists(Connection c, String countQuery) throws SQLException {
    try (Statement statement = c.createStatement();
        ResultSet row = statement.executeQuery(countQuery)) {
      row.next();
      return row.getLong(1) > 0;
    }
  }

  private static void record(Connection c, String migration) throws SQLException {
    try (PreparedStatement insert = c.prepareStatement("insert into bench_migration (name) values (?)")) {
      insert.setString(1, migration);
      insert.executeUpdate();
    }
  }

  private static void log(String message) {
    System.out.println("[bench] " + message);
  }

  /** One load into one database. */
  private static final class Load {

    private final BenchDatabase db;
    private final int organisationCount;
    private final int responses;
    private final String product;
    private final Jsonb json = JsonbBuilder.create();

    Load(BenchDatabase db, int organisations, int responses) {
      this.db = db;
      this.organisationCount = organisations;
      this.responses = responses;
      this.product = db.product();
    }

    void run() throws Exception {
      long started = System.nanoTime();
      schema();
      Instrument instrument = NeedsAssessmentTemplate.instrument();
      InstrumentVersion version = InstrumentVersion.first(instrument, "bench-analyst", CREATED.minusDays(10)).published(CREATED.minusDays(7));
      if (!new InstrumentStore(db).add(InstrumentOwner.PLATFORM, version)) {
        throw new IllegalStateException("the template's version 1 exists already");
      }
      Campaign campaign =
          new Campaign(
              CAMPAIGN_ID,
              new CampaignSettings(
                  "Missions needs assessment 2025 (benchmark data)",
                  Optional.of("Generated by BenchData: " + organisationCount + " organisations, " + responses + " responses, seed " + SEED + "."),
                  NeedsAssessmentTemplate.CODE, version.number(), Audience.EVERYONE, Unit.PERSON, false, false, MINIMUM_CELL_SIZE, OPENS, CLOSES),
              Optional.empty(), CREATED, "bench-analyst", 0);
      CampaignStore campaigns = new CampaignStore(db);
      campaigns.add(campaign);
      List<String> rebuild = beforeBulkLoad();
      long rows = responses(instrument);
      long loaded = System.nanoTime();
      log(product + ": " + responses + " responses and " + rows + " answer rows written in " + seconds(loaded - started));
      afterBulkLoad(rebuild);
      count(db);
      OffsetDateTime published = CLOSES.plusDays(3);
      if (campaign.status(published) != CampaignStatus.CLOSED || !campaigns.update(campaign.withResultsPublished(published), campaign.revision())) {
        throw new IllegalStateException("could not mark the campaign's results published");
      }
      log(product + ": done in " + seconds(System.nanoTime() - started) + " (indexes and statistics " + seconds(System.nanoTime() - loaded) + ")");
      summary();
    }

    /** Drops the plugin's tables and applies its two migrations, statement by statement. */
    private void schema() throws Exception {
      Connection c = db.connection();
      try (Statement statement = c.createStatement()) {
        for (String table : TABLES) {
          statement.execute("drop table if exists " + table + " cascade");
        }
        statement.execute("drop table if exists bench_migration");
        statement.execute("create table bench_migration (name varchar(200) not null primary key)");
        for (String migration : MIGRATIONS) {
          for (String sql : statements(migration)) {
            statement.execute(sql);
          }
          record(c, migration);
        }
      }
      c.commit();
    }

    /**
     * Drops what makes loading row by row slow — the migrations' secondary indexes (random response ids
     * land all over them) and the answer table's foreign key — and returns the statements that put them
     * back, the indexes first. (On H2 the re-added foreign key uses {@code survey_answer_response} rather
     * than an index of its own; the counting queries use neither.)
     */
    private List<String> beforeBulkLoad() throws Exception {
      List<String> indexes = new ArrayList<>();
      for (String migration : MIGRATIONS) {
        // as created, with the columns as later migrations named them (V5 renamed organisation_id to tenant_id)
        statements(migration).stream().filter(sql -> sql.toLowerCase(Locale.ROOT).startsWith("create index"))
            .map(sql -> sql.replace("organisation_id", "tenant_id")).forEach(indexes::add);
      }
      List<String> rebuild = new ArrayList<>(indexes);
      Connection c = db.connection();
      try (Statement statement = c.createStatement()) {
        if (product.equals("postgresql")) {
          statement.execute("set synchronous_commit = off");
        }
        List<String> foreignKeys = new ArrayList<>();
        try (ResultSet row =
            statement.executeQuery("select constraint_name from information_schema.table_constraints where lower(table_name) = 'survey_answer' and constraint_type = 'FOREIGN KEY'")) {
          while (row.next()) {
            foreignKeys.add(row.getString(1));
          }
        }
        for (String fk : foreignKeys) {
          statement.execute("alter table survey_answer drop constraint \"" + fk + "\"");
        }
        List<String> foreignKeysBack = new ArrayList<>();
        for (String fk : foreignKeys) {
          foreignKeysBack.add("alter table survey_answer add constraint \"" + fk + "\" foreign key (response_id) references survey_response (id) on delete cascade");
        }
        for (Map.Entry<String, String> key : PRIMARY_KEYS.entrySet()) {
          try (ResultSet row =
              statement.executeQuery("select constraint_name from information_schema.table_constraints where lower(table_name) = '" + key.getKey() + "' and constraint_type = 'PRIMARY KEY'")) {
            while (row.next()) {
              rebuild.add("alter table " + key.getKey() + " add constraint \"" + row.getString(1) + "\" primary key (" + key.getValue() + ")");
            }
          }
        }
        for (int i = indexes.size(); i < rebuild.size(); i++) {
          statement.execute(rebuild.get(i).replaceFirst(" add constraint (\"[^\"]+\").*", " drop constraint $1"));
        }
        rebuild.addAll(foreignKeysBack);
        for (String index : indexes) {
          statement.execute("drop index " + index.split("\\s+")[2]);
        }
      }
      c.commit();
      return rebuild;
    }

    private void afterBulkLoad(List<String> rebuild) throws SQLException {
      Connection c = db.connection();
      try (Statement statement = c.createStatement()) {
        if (product.equals("postgresql")) {
          statement.execute("set maintenance_work_mem = '512MB'");
        }
        for (String sql : rebuild) {
          long started = System.nanoTime();
          statement.execute(sql);
          log(product + ": " + sql + " (" + seconds(System.nanoTime() - started) + ")");
        }
      }
      c.commit();
      if (product.equals("postgresql")) {
        log(product + ": vacuum analyze");
        db.autoCommitted(TABLES.stream().map(t -> "vacuum (analyze) " + t).toArray(String[]::new));
      } else {
        log(product + ": analyze");
        db.autoCommitted("analyze");
      }
    }

    /**
     * Generates and writes the responses; the number of answer rows written. A thread generates (in one
     * sequence, so the data stays the same) while this one writes, in chunks handed over by a short queue.
     */
    private long responses(Instrument instrument) throws Exception {
      BlockingQueue<List<Generated>> queue = new ArrayBlockingQueue<>(8);
      ExecutorService generating = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "bench-generator");
        thread.setDaemon(true);
        return thread;
      });
      Future<?> generator = generating.submit(() -> {
        generate(instrument, queue);
        return null;
      });
      long rows = 0;
      long started = System.nanoTime();
      try (Sink sink = product.equals("postgresql") ? new CopySink(db.connection()) : new BatchSink(db.connection())) {
        int written = 0;
        while (written < responses) {
          List<Generated> chunk = queue.poll(1, TimeUnit.SECONDS);
          if (chunk == null) {
            if (generator.isDone()) {
              generator.get(); // throws what the generator threw
              throw new IllegalStateException("the generator stopped after " + written + " responses");
            }
            continue;
          }
          for (Generated g : chunk) {
            sink.add(g.response(), g.rows());
            rows += g.rows().size();
            written++;
            if (written % COMMIT_EVERY == 0) {
              sink.flush();
              db.connection().commit();
            }
            if (written % PROGRESS_EVERY == 0 || written == responses) {
              double elapsed = (System.nanoTime() - started) / 1e9;
              double rate = written / elapsed;
              log(String.format(Locale.ROOT, "%s: %,d/%,d responses, %,d answer rows, %,.0f responses/s, %s to go",
                  product, written, responses, rows, rate, seconds((long) ((responses - written) / rate * 1e9))));
            }
          }
        }
        sink.flush();
        db.connection().commit();
      } finally {
        generator.cancel(true);
        generating.shutdownNow();
      }
      return rows;
    }

    /** The responses in submission order, each checked against the template, in chunks. */
    private void generate(Instrument instrument, BlockingQueue<List<Generated>> queue) throws InterruptedException {
      BenchPopulation population = new BenchPopulation(SEED);
      List<BenchPopulation.Organisation> organisations = population.organisations(organisationCount, responses);
      // Responses arrive over the campaign's weeks from all organisations at once: a shuffled sequence.
      int[] order = new int[responses];
      int next = 0;
      for (int o = 0; o < organisations.size(); o++) {
        for (int r = 0; r < organisations.get(o).respondents(); r++) {
          order[next++] = o;
        }
      }
      Random shuffle = new Random(SEED + 1);
      for (int i = order.length - 1; i > 0; i--) {
        int j = shuffle.nextInt(i + 1);
        int swap = order[i];
        order[i] = order[j];
        order[j] = swap;
      }
      ResponseCheck check = new ResponseCheck(instrument, Locale.ENGLISH);
      long window = Duration.between(OPENS, CLOSES).toSeconds() - 3600;
      List<Generated> chunk = new ArrayList<>(CHUNK);
      for (int i = 0; i < responses; i++) {
        BenchPopulation.Organisation organisation = organisations.get(order[i]);
        MissionFacts mission = population.missionOf(organisation);
        Map<String, List<String>> given = population.answers(organisation.facts(), mission);
        CheckedResponse checked = check.check(given);
        if (!checked.valid() || !checked.answers().equals(given)) {
          throw new IllegalStateException("generated answers the template refuses or hides: " + given + " -> " + checked.problems());
        }
        String subject = population.uuid().toString();
        OffsetDateTime at = OPENS.plusSeconds(window * i / responses);
        Response response =
            new Response(
                population.uuid().toString(), organisation.facts().id().toString(), mission.id().toString(), subject, "Respondent " + (i + 1),
                ResponseFacts.of(organisation.facts(), mission), json.toJson(checked.answers()), at.toLocalDate(), at,
                UnitKeys.hash(CAMPAIGN_ID, UnitKeys.key(Unit.PERSON, mission.id().toString(), subject)));
        chunk.add(new Generated(response, AnswerRows.of(instrument, checked.answers())));
        if (chunk.size() == CHUNK || i + 1 == responses) {
          queue.put(chunk);
          chunk = new ArrayList<>(CHUNK);
        }
      }
    }

    private void summary() throws SQLException {
      Map<String, Long> byCountry = new ResponseStore(db).submittedBy(CAMPAIGN_ID, "country");
      List<Map.Entry<String, Long>> sorted = byCountry.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).toList();
      log(product + ": respondents by country, largest: " + sorted.subList(0, Math.min(5, sorted.size())) + ", smallest: "
          + sorted.subList(Math.max(0, sorted.size() - 8), sorted.size()));
      log(product + ": respondents by organisation type: " + new ResponseStore(db).submittedBy(CAMPAIGN_ID, "org_type"));
      try (Statement statement = db.connection().createStatement();
          ResultSet row = statement.executeQuery("select count(*), count(distinct question) from survey_answer")) {
        row.next();
        log(String.format(Locale.ROOT, "%s: survey_answer holds %,d rows over %d question keys", product, row.getLong(1), row.getLong(2)));
      }
      db.connection().commit();
    }
  }

  /** A response and its answer rows, ready to write. */
  private record Generated(Response response, List<AnswerRows.Row> rows) {}

  /** What is written for one response besides its answer rows. */
  private record Response(
      String id, String organisationId, String missionId, String subject, String name, ResponseFacts facts, String answers, LocalDate submittedOn,
      OffsetDateTime updatedAt, String participationHash) {}

  /** Where responses go, in bulk. */
  private interface Sink extends AutoCloseable {
    void add(Response response, List<AnswerRows.Row> rows) throws SQLException;

    /** Writes what is buffered (the caller commits). */
    void flush() throws Exception;

    @Override
    void close() throws SQLException;
  }

  /** Batched prepared statements (H2). */
  private static final class BatchSink implements Sink {

    private static final int BATCH = 500;
    private final PreparedStatement responses;
    private final PreparedStatement participations;
    private final PreparedStatement answers;
    private int pending;

    BatchSink(Connection c) throws SQLException {
      responses = c.prepareStatement("insert into survey_response (" + RESPONSE_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
      participations = c.prepareStatement("insert into survey_participation (campaign_id, unit_hash) values (?, ?)");
      answers = c.prepareStatement("insert into survey_answer (" + ANSWER_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    @Override
    public void add(Response r, List<AnswerRows.Row> rows) throws SQLException {
      responses.setString(1, r.id());
      responses.setString(2, CAMPAIGN_ID);
      responses.setInt(3, 1);
      responses.setString(4, r.organisationId());
      responses.setString(5, r.missionId());
      responses.setString(6, r.subject());
      responses.setString(7, r.name());
      facts(responses, 8, r.facts());
      responses.setString(13, r.answers());
      responses.setObject(14, r.submittedOn());
      responses.setObject(15, r.updatedAt());
      responses.setLong(16, 0);
      responses.addBatch();
      participations.setString(1, CAMPAIGN_ID);
      participations.setString(2, r.participationHash());
      participations.addBatch();
      for (AnswerRows.Row row : rows) {
        answers.setString(1, r.id());
        answers.setString(2, CAMPAIGN_ID);
        answers.setString(3, row.question());
        answers.setString(4, row.value());
        if (row.number() == null) {
          answers.setNull(5, Types.DOUBLE);
        } else {
          answers.setDouble(5, row.number());
        }
        answers.setInt(6, row.ordinal());
        facts(answers, 7, r.facts());
        answers.addBatch();
      }
      if (++pending == BATCH) {
        flush();
      }
    }

    private static void facts(PreparedStatement statement, int first, ResponseFacts facts) throws SQLException {
      statement.setString(first, facts.organisationType());
      statement.setString(first + 1, facts.country());
      statement.setString(first + 2, facts.phase());
      statement.setString(first + 3, facts.governanceMode());
      statement.setString(first + 4, facts.challengeArea());
    }

    @Override
    public void flush() throws SQLException {
      if (pending > 0) {
        responses.executeBatch();
        participations.executeBatch();
        answers.executeBatch();
        pending = 0;
      }
    }

    @Override
    public void close() throws SQLException {
      responses.close();
      participations.close();
      answers.close();
    }
  }

  /** PostgreSQL's COPY, in the text format, a buffer per table. */
  private static final class CopySink implements Sink {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssxxx");
    private final org.postgresql.copy.CopyManager copy;
    private final StringBuilder responses = new StringBuilder(1 << 22);
    private final StringBuilder participations = new StringBuilder(1 << 20);
    private final StringBuilder answers = new StringBuilder(1 << 24);

    CopySink(Connection c) throws SQLException {
      copy = c.unwrap(org.postgresql.PGConnection.class).getCopyAPI();
    }

    @Override
    public void add(Response r, List<AnswerRows.Row> rows) {
      StringBuilder b = responses;
      field(b, r.id()).append('\t');
      field(b, CAMPAIGN_ID).append('\t').append(1).append('\t');
      field(b, r.organisationId()).append('\t');
      field(b, r.missionId()).append('\t');
      field(b, r.subject()).append('\t');
      field(b, r.name()).append('\t');
      facts(b, r.facts()).append('\t');
      field(b, r.answers()).append('\t');
      b.append(r.submittedOn()).append('\t').append(TIMESTAMP.format(r.updatedAt())).append('\t').append(0).append('\n');
      field(participations, CAMPAIGN_ID).append('\t');
      field(participations, r.participationHash()).append('\n');
      for (AnswerRows.Row row : rows) {
        StringBuilder a = answers;
        field(a, r.id()).append('\t');
        field(a, CAMPAIGN_ID).append('\t');
        field(a, row.question()).append('\t');
        field(a, row.value()).append('\t');
        if (row.number() == null) {
          a.append("\\N");
        } else {
          a.append(row.number().doubleValue());
        }
        a.append('\t').append(row.ordinal()).append('\t');
        facts(a, r.facts()).append('\n');
      }
    }

    private static StringBuilder facts(StringBuilder b, ResponseFacts facts) {
      field(b, facts.organisationType()).append('\t');
      field(b, facts.country()).append('\t');
      field(b, facts.phase()).append('\t');
      field(b, facts.governanceMode()).append('\t');
      return field(b, facts.challengeArea());
    }

    /** A value in COPY's text format: backslash, tab and line breaks escaped; null as \N. */
    private static StringBuilder field(StringBuilder b, String value) {
      if (value == null) {
        return b.append("\\N");
      }
      for (int i = 0; i < value.length(); i++) {
        char ch = value.charAt(i);
        switch (ch) {
          case '\\' -> b.append("\\\\");
          case '\t' -> b.append("\\t");
          case '\n' -> b.append("\\n");
          case '\r' -> b.append("\\r");
          default -> b.append(ch);
        }
      }
      return b;
    }

    @Override
    public void flush() throws SQLException, IOException {
      if (responses.length() > 0) {
        copy.copyIn("copy survey_response (" + RESPONSE_COLUMNS + ") from stdin", new StringReader(responses.toString()));
        copy.copyIn("copy survey_participation (campaign_id, unit_hash) from stdin", new StringReader(participations.toString()));
        copy.copyIn("copy survey_answer (" + ANSWER_COLUMNS + ") from stdin", new StringReader(answers.toString()));
        responses.setLength(0);
        participations.setLength(0);
        answers.setLength(0);
      }
    }

    @Override
    public void close() {}
  }

  /** A migration's statements: comments dropped, split at the semicolons that end lines. */
  static List<String> statements(String resource) throws IOException {
    String text;
    try (InputStream in = BenchData.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("the migration " + resource + " is not on the class path");
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    StringBuilder withoutComments = new StringBuilder();
    for (String line : text.split("\n")) {
      int comment = line.indexOf("--");
      withoutComments.append(comment >= 0 ? line.substring(0, comment) : line).append('\n');
    }
    return Arrays.stream(withoutComments.toString().split(";\\s*\n")).map(String::strip).map(s -> s.endsWith(";") ? s.substring(0, s.length() - 1) : s).filter(s -> !s.isEmpty()).toList();
  }

  private static String seconds(long nanos) {
    long s = Math.round(nanos / 1e9);
    return s >= 60 ? (s / 60) + "m" + String.format(Locale.ROOT, "%02d", s % 60) + "s" : s + "s";
  }
}
