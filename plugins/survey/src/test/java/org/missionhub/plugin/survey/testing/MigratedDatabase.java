package org.missionhub.plugin.survey.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.missionhub.api.plugin.PluginDatabase;

/**
 * The plugin's database as the platform gives it, on a fresh in-memory H2 (or a fresh PostgreSQL schema) (in the PostgreSQL mode the
 * server runs it in) with the plugin's own migrations applied, so that exports and reports run their real
 * SQL outside the server. Work runs in a transaction, like the platform's; nested work joins it.
 */
public final class MigratedDatabase implements PluginDatabase, AutoCloseable {

  private static final String[] MIGRATIONS = {"V1__instrument_versions.sql", "V2__campaigns_and_responses.sql", "V3__mission_surveys.sql", "V4__response_export_order.sql", "V5__organisation_private_rows.sql", "V6__announcements.sql", "V7__answer_counts.sql", "V8__public_results.sql", "V9__imported_responses.sql", "V10__sector.sql", "V11__organisation_instruments.sql"};

  private final Connection connection;
  private final String product;
  private final String schema;
  private int depth;

  private MigratedDatabase(Connection connection, String product, String schema) {
    this.connection = connection;
    this.product = product;
    this.schema = schema;
  }

  public static MigratedDatabase migrated() {
    try {
      Connection connection = DriverManager.getConnection(
          "jdbc:h2:mem:survey-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
      migrate(connection);
      return new MigratedDatabase(connection, "h2", null);
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("The test database could not be set up", e);
    }
  }

  /**
   * The same on the local PostgreSQL (the one the README's test command starts), in a schema of its own that
   * {@link #close} drops; {@code -Dmissionhub.test.postgres-url} names another server.
   */
  public static MigratedDatabase postgresql() {
    String schema = "survey_test_" + UUID.randomUUID().toString().replace("-", "");
    try {
      Connection connection = DriverManager.getConnection(System.getProperty("missionhub.test.postgres-url", "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres"));
      try (Statement statement = connection.createStatement()) {
        statement.execute("create schema " + schema);
        statement.execute("set search_path to " + schema);
      }
      migrate(connection);
      return new MigratedDatabase(connection, "postgresql", schema);
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("The PostgreSQL test database could not be set up (is PostgreSQL running on 127.0.0.1:5432?)", e);
    }
  }

  private static void migrate(Connection connection) throws SQLException, IOException {
    for (String migration : MIGRATIONS) {
      try (Statement statement = connection.createStatement()) {
        for (String sql : statements(migration)) {
          statement.execute(sql);
        }
      }
    }
  }

  /** A migration's statements: comments (which may hold a ";") removed, then split at each ";". */
  private static String[] statements(String migration) throws IOException {
    try (InputStream in = MigratedDatabase.class.getResourceAsStream("/db/migration/survey/" + migration)) {
      if (in == null) {
        throw new IOException("No migration " + migration);
      }
      String script = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("--[^\n]*", "");
      return java.util.Arrays.stream(script.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toArray(String[]::new);
    }
  }

  @Override
  public <T> T inTransaction(Work<T> work) {
    if (depth > 0) {
      return run(work);
    }
    depth++;
    try {
      connection.setAutoCommit(false);
      T result = run(work);
      connection.commit();
      return result;
    } catch (SQLException | RuntimeException e) {
      rollback();
      throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
    } finally {
      depth--;
    }
  }

  private <T> T run(Work<T> work) {
    try {
      return work.run(connection);
    } catch (SQLException e) {
      throw new IllegalStateException("The plugin's SQL failed: " + e.getMessage(), e);
    }
  }

  private void rollback() {
    try {
      connection.rollback();
    } catch (SQLException e) {
      // the original failure matters more than this one
    }
  }

  @Override
  public String product() {
    return product;
  }

  /** H2 has no row-level security: a binding changes nothing here (the server's tests cover PostgreSQL). */
  @Override
  public PluginDatabase forOrganisation(org.missionhub.api.organisation.OrganisationId organisation) {
    return this;
  }

  @Override
  public PluginDatabase acrossOrganisations(String purpose) {
    return this;
  }

  @Override
  public void close() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(schema == null ? "shutdown" : "drop schema " + schema + " cascade");
    }
    connection.close();
  }
}
