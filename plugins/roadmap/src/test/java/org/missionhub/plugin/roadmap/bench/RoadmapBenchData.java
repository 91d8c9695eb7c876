package org.missionhub.plugin.roadmap.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.missionhub.plugin.testkit.PluginMigrations;

/**
 * The benchmark's data: the roadmap plugin's tables (its migrations, applied by plain JDBC) and two
 * missions written by {@link BenchPortfolio}: {@link #MISSION}, issue 14's 500 initiatives, 5,000 milestones
 * and 2,000 dependencies, and {@link #SMALL_MISSION}, 5 initiatives, to count statements against.
 *
 * <p>Seeded, so every run and both databases hold the same rows. Re-runnable: a database that holds the
 * data of this generator (same sizes, seed and migrations, recorded last in {@code bench_roadmap_data}) is
 * left alone; anything else is dropped and written again (a few seconds).
 *
 * <pre>java ... RoadmapBenchData --database h2|postgresql [--recreate]</pre>
 */
public final class RoadmapBenchData {

  static final PluginMigrations MIGRATIONS = new PluginMigrations("db/migration/roadmap", org.missionhub.plugin.roadmap.RoadmapPlugin.class);

  public static final String MISSION = BenchPortfolio.stableId("missionhub-bench/roadmap/mission");
  public static final String SMALL_MISSION = BenchPortfolio.stableId("missionhub-bench/roadmap/small-mission");
  static final long SEED = 20_260_302L;

  private RoadmapBenchData() {}

  public static void main(String[] args) throws Exception {
    List<String> databases = new ArrayList<>();
    boolean recreate = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--database", "--databases" -> databases.addAll(Arrays.asList(args[++i].split(",")));
        case "--recreate" -> recreate = true;
        default -> throw new IllegalArgumentException("usage: RoadmapBenchData --database h2|postgresql [--recreate]");
      }
    }
    for (String database : databases.isEmpty() ? List.of("h2", "postgresql") : databases) {
      ensure(database, recreate);
    }
  }

  /** What the data is: changes when the sizes, the seed or the migrations do. */
  static String signature() {
    return "seed " + SEED + "; " + BenchPortfolio.FULL + "; small: " + BenchPortfolio.SMALL + "; " + String.join(",", MIGRATIONS.names());
  }

  /** Writes the data in one database unless it is there already. */
  public static void ensure(String product, boolean recreate) throws Exception {
    if (!recreate) {
      try (BenchDatabase db = BenchDatabase.open(product)) {
        if (present(db)) {
          log(product + ": the roadmap benchmark data is there already, in " + BenchDatabase.describe(product));
          return;
        }
      }
    }
    if (product.equals("h2")) {
      Path dir = BenchDatabase.h2Directory();
      Files.createDirectories(dir);
      Files.deleteIfExists(dir.resolve(BenchDatabase.H2_FILE + ".mv.db"));
      Files.deleteIfExists(dir.resolve(BenchDatabase.H2_FILE + ".trace.db"));
    }
    long started = System.nanoTime();
    try (BenchDatabase db = BenchDatabase.open(product)) {
      Connection c = db.connection();
      try (Statement statement = c.createStatement()) {
        statement.execute("drop table if exists bench_roadmap_data");
        for (String table : MIGRATIONS.tables()) {
          statement.execute("drop table if exists " + table + (product.equals("postgresql") ? " cascade" : ""));
        }
      }
      MIGRATIONS.apply(c);
      c.commit();
      BenchPortfolio.write(c, SMALL_MISSION, BenchPortfolio.SMALL, SEED);
      BenchPortfolio.write(c, MISSION, BenchPortfolio.FULL, SEED);
      try (Statement statement = c.createStatement()) {
        statement.execute("create table bench_roadmap_data (signature varchar(1000) not null)");
      }
      try (PreparedStatement insert = c.prepareStatement("insert into bench_roadmap_data (signature) values (?)")) {
        insert.setString(1, signature());
        insert.executeUpdate();
      }
      c.commit();
      if (product.equals("postgresql")) {
        db.autoCommitted("vacuum analyze");
      } else {
        db.autoCommitted("analyze");
      }
    }
    log(product + ": wrote the roadmap benchmark data (" + BenchPortfolio.FULL + ", and a mission of " + BenchPortfolio.SMALL + ") in "
        + Math.round((System.nanoTime() - started) / 1e6) + " ms, in " + BenchDatabase.describe(product));
  }

  /** Whether this generator's data is there, complete. */
  public static boolean present(BenchDatabase db) {
    return recorded(db).filter(signature()::equals).isPresent();
  }

  private static Optional<String> recorded(BenchDatabase db) {
    Connection c = db.connection();
    try (Statement statement = c.createStatement();
        ResultSet row = statement.executeQuery("select signature from bench_roadmap_data")) {
      Optional<String> signature = row.next() ? Optional.of(row.getString(1)) : Optional.empty();
      c.commit();
      return signature;
    } catch (SQLException e) {
      try {
        c.rollback();
      } catch (SQLException ignored) {
        // about to be closed anyway
      }
      return Optional.empty(); // no table yet
    }
  }

  static void log(String message) {
    System.out.println("[bench] " + message);
  }
}
