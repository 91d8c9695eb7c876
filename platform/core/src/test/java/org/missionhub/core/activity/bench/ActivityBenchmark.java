package org.missionhub.core.activity.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
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
 * A mission's activity at 100,000 events (issue 17, docs/performance.md): the statement {@code MissionActivity} runs
 * in each organisation's log — the mission's entries up to a cursor, newest first, a page and the ties — on the first
 * page and on page 1,000 (of 50). Keyset paging on the index of core migration V14 should make both cost the same.
 * The table and indexes are those of core migrations V1 and V14 (written here, without the organisations they refer
 * to); 100,000 entries of the mission in two organisations' logs, in transactions of five, among 100,000 of other
 * missions. Run it with {@code bash infra/bench-activity.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ActivityBenchmark {

  static final int EVENTS = 100_000;
  static final int PAGE = 50;
  static final int TIES = 50;
  static final String MISSION = "00000000-0000-4000-8000-0000000000aa";
  static final String[] ORGANISATIONS = {"00000000-0000-4000-8000-000000000001", "00000000-0000-4000-8000-000000000002"};

  private static final String PAGE_SQL = "select id, occurred_at, seq, actor_subject, actor_name, action, entity_type, entity_id, changes from audit_entry"
      + " where tenant_id = ? and mission_id = ? and occurred_at <= ? and (occurred_at < ? or seq <= ?) order by mission_id, occurred_at desc, seq desc limit ?";

  private static final String FIRST_SQL = "select id, occurred_at, seq, actor_subject, actor_name, action, entity_type, entity_id, changes from audit_entry"
      + " where tenant_id = ? and mission_id = ? order by mission_id, occurred_at desc, seq desc limit ?";

  private Connection connection;
  private OffsetDateTime deepAt;
  private int deepSeq;

  @Setup(Level.Trial)
  public void setUp() throws SQLException {
    connection = DriverManager.getConnection("jdbc:h2:mem:activity-bench;MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
    try (Statement ddl = connection.createStatement()) {
      ddl.execute("create table audit_entry (tenant_id varchar(36) not null, id varchar(36) not null, occurred_at timestamp with time zone not null,"
          + " seq integer not null, actor_subject varchar(255) not null, actor_name varchar(200) not null, action varchar(100) not null,"
          + " entity_type varchar(50) not null, entity_id varchar(100) not null, mission_id varchar(36), operation varchar(200) not null,"
          + " changes text not null, primary key (tenant_id, id))");
      ddl.execute("create index audit_entry_time_idx on audit_entry (tenant_id, occurred_at)");
      ddl.execute("create index audit_entry_mission_idx on audit_entry (tenant_id, mission_id)");
      ddl.execute("create index audit_entry_mission_time_idx on audit_entry (mission_id, occurred_at desc, seq desc)");
    }
    OffsetDateTime start = OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    connection.setAutoCommit(false);
    try (PreparedStatement insert = connection.prepareStatement("insert into audit_entry values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (int i = 0; i < 2 * EVENTS; i++) {
        boolean ours = i % 2 == 0;
        insert.setString(1, ORGANISATIONS[(i / 10) % 2]);
        insert.setString(2, UUID.randomUUID().toString());
        // five entries per transaction share a time
        insert.setObject(3, start.plusSeconds(i / 5));
        insert.setInt(4, i % 5);
        insert.setString(5, "subject-" + (i % 40));
        insert.setString(6, "Person " + (i % 40));
        insert.setString(7, "risk.updated");
        insert.setString(8, "risk");
        insert.setString(9, UUID.randomUUID().toString());
        insert.setString(10, ours ? MISSION : UUID.randomUUID().toString());
        insert.setString(11, "RiskService.revise");
        insert.setString(12, "{\"title\":{\"before\":\"A\",\"after\":\"B\"}}");
        insert.addBatch();
        if (i % 1000 == 999) {
          insert.executeBatch();
        }
      }
      insert.executeBatch();
    }
    connection.commit();
    // the cursor where page 1,000 starts: the 50,000th entry of the mission, newest first
    try (PreparedStatement find = connection.prepareStatement(
        "select occurred_at, seq from audit_entry where mission_id = ? order by occurred_at desc, seq desc offset ? rows fetch next 1 rows only")) {
      find.setString(1, MISSION);
      find.setInt(2, 999 * PAGE);
      try (ResultSet row = find.executeQuery()) {
        row.next();
        deepAt = row.getObject(1, OffsetDateTime.class);
        deepSeq = row.getInt(2);
      }
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws SQLException {
    connection.close();
  }

  /** The first page: each organisation's newest entries of the mission. */
  @Benchmark
  public void firstPage(Blackhole sink) throws SQLException {
    for (String organisation : ORGANISATIONS) {
      try (PreparedStatement page = connection.prepareStatement(FIRST_SQL)) {
        page.setString(1, organisation);
        page.setString(2, MISSION);
        page.setInt(3, PAGE + TIES);
        read(page, sink);
      }
    }
  }

  /** Page 1,000: the same statement from a cursor 50,000 entries deep. */
  @Benchmark
  public void page1000(Blackhole sink) throws SQLException {
    for (String organisation : ORGANISATIONS) {
      try (PreparedStatement page = connection.prepareStatement(PAGE_SQL)) {
        page.setString(1, organisation);
        page.setString(2, MISSION);
        page.setObject(3, deepAt);
        page.setObject(4, deepAt);
        page.setInt(5, deepSeq);
        page.setInt(6, PAGE + TIES);
        read(page, sink);
      }
    }
  }

  private static void read(PreparedStatement statement, Blackhole sink) throws SQLException {
    try (ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        sink.consume(rows.getString(1));
        sink.consume(rows.getString(9));
      }
    }
  }
}
