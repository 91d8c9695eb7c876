package org.missionhub.plugin.testkit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A private in-memory H2 database opened as the server opens its embedded one (PostgreSQL mode, lower-case
 * names, nulls last), with a plugin's migrations applied and committed; the connection does not auto-commit.
 */
public final class InMemoryH2 {

  private InMemoryH2() {}

  public static Connection open(String name, PluginMigrations migrations) throws SQLException {
    Connection connection = DriverManager.getConnection(
        "jdbc:h2:mem:" + name + "-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    connection.setAutoCommit(false);
    migrations.apply(connection);
    connection.commit();
    return connection;
  }

  /** Drops the database with its last connection. */
  public static void shutdown(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("shutdown");
    }
    connection.close();
  }
}
