package org.missionhub.plugin.roadmap.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import org.missionhub.api.organisation.OrganisationId;
import org.missionhub.api.plugin.PluginDatabase;

/**
 * The plugin's database outside the server, for the benchmark (as the survey benchmark's): one plain JDBC
 * connection (auto-commit off) to an H2 file database or to PostgreSQL. Work joins the transaction in
 * progress, if any, else commits when it returns and rolls back when it throws, as the platform's
 * JTA-backed database does. One thread at a time.
 *
 * <p>Where it connects (system properties):
 *
 * <ul>
 *   <li>{@code bench.h2.dir} (default {@code /tmp/missionhub-bench/h2}): the H2 file database
 *       {@code roadmap.mv.db} in it, opened in the mode the server uses but without reusing results
 *       ({@link #H2_MODE});
 *   <li>{@code bench.roadmap.pg.url} (default {@code jdbc:postgresql://127.0.0.1:5432/missionhub_roadmap_bench}),
 *       {@code bench.pg.user} (default {@code postgres}), {@code bench.pg.password} (default none);
 *   <li>{@code bench.renice} (default {@code true}): on a local PostgreSQL, lowers the priority of this
 *       connection's server process ({@code renice -n 19}), so that the benchmark yields the CPU like the
 *       niced JVM does.
 * </ul>
 */
public final class BenchDatabase implements PluginDatabase, AutoCloseable {

  /**
   * The options the server opens its embedded H2 database with (ui/src/main/liberty/config/server.xml),
   * and one more: H2 otherwise hands a session the previous result of a query it runs again with the same
   * parameters while nothing in the database has changed, so a repeated read would measure nothing.
   */
  static final String H2_MODE = "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;OPTIMIZE_REUSE_RESULTS=FALSE";
  static final String H2_FILE = "roadmap";

  private final String product;
  private final Connection connection;
  private int depth;

  private BenchDatabase(String product, Connection connection) {
    this.product = product;
    this.connection = connection;
  }

  /** Opens {@code h2} or {@code postgresql}. */
  public static BenchDatabase open(String product) {
    try {
      return switch (product) {
        case "h2" -> prepared(product, DriverManager.getConnection("jdbc:h2:file:" + h2Directory().resolve(H2_FILE) + ";" + H2_MODE, "sa", ""));
        case "postgresql" -> {
          Properties properties = new Properties();
          properties.setProperty("user", System.getProperty("bench.pg.user", "postgres"));
          properties.setProperty("password", System.getProperty("bench.pg.password", ""));
          BenchDatabase database = prepared(product, DriverManager.getConnection(postgresUrl(), properties));
          database.renice();
          yield database;
        }
        default -> throw new IllegalArgumentException("the database is h2 or postgresql, not " + product);
      };
    } catch (SQLException e) {
      throw new IllegalStateException("cannot open the " + product + " benchmark database (" + describe(product) + "): " + e.getMessage(), e);
    }
  }

  static Path h2Directory() {
    return Path.of(System.getProperty("bench.h2.dir", "/tmp/missionhub-bench/h2"));
  }

  static String postgresUrl() {
    return System.getProperty("bench.roadmap.pg.url", "jdbc:postgresql://127.0.0.1:5432/missionhub_roadmap_bench");
  }

  /** Where the database is, for messages. */
  static String describe(String product) {
    return product.equals("h2") ? h2Directory().resolve(H2_FILE + ".mv.db").toString() : postgresUrl();
  }

  private static BenchDatabase prepared(String product, Connection connection) throws SQLException {
    connection.setAutoCommit(false);
    return new BenchDatabase(product, connection);
  }

  @Override
  public <T> T inTransaction(Work<T> work) {
    if (depth > 0) {
      try {
        return work.run(connection);
      } catch (SQLException e) {
        throw new IllegalStateException(e.getMessage(), e);
      }
    }
    depth++;
    try {
      T result = work.run(connection);
      connection.commit();
      return result;
    } catch (SQLException e) {
      rollback();
      throw new IllegalStateException(e.getMessage(), e);
    } catch (RuntimeException | Error e) {
      rollback();
      throw e;
    } finally {
      depth--;
    }
  }

  @Override
  public String product() {
    return product;
  }

  /** The benchmark measures the reads themselves, over a database it migrated and owns: no binding. */
  @Override
  public PluginDatabase forOrganisation(OrganisationId organisation) {
    return this;
  }

  @Override
  public PluginDatabase acrossOrganisations(String purpose) {
    return this;
  }

  /** The connection itself, for loading the data and counting statements. */
  Connection connection() {
    return connection;
  }

  /** Runs statements outside any transaction (PostgreSQL's VACUUM refuses to run inside one). */
  void autoCommitted(String... statements) throws SQLException {
    connection.commit();
    connection.setAutoCommit(true);
    try (Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    } finally {
      connection.setAutoCommit(false);
    }
  }

  private void rollback() {
    try {
      connection.rollback();
    } catch (SQLException ignored) {
      // the original failure matters more
    }
  }

  private void renice() throws SQLException {
    String url = postgresUrl().toLowerCase(Locale.ROOT);
    boolean local = url.contains("//127.0.0.1") || url.contains("//localhost");
    if (!local || !Boolean.parseBoolean(System.getProperty("bench.renice", "true"))) {
      return;
    }
    long pid;
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("select pg_backend_pid()")) {
      row.next();
      pid = row.getLong(1);
    }
    connection.commit();
    try {
      new ProcessBuilder("renice", "-n", "19", "-p", Long.toString(pid)).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
    } catch (IOException e) {
      System.err.println("[bench] could not renice the PostgreSQL backend " + pid + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    try {
      if (!connection.isClosed()) {
        connection.rollback();
        connection.close();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }
}
