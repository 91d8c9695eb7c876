package org.missionhub.api.plugin;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The platform's database, for the plugin's own tables (created by its migrations). Work runs in a
 * transaction: the caller's if one is active, else a new one that commits when the work returns and rolls
 * back if it throws. Limit every query to the scope's organisation or mission.
 */
public interface PluginDatabase {

  <T> T inTransaction(Work<T> work);

  /** {@code "h2"} or {@code "postgresql"}, for the rare statement that differs. */
  String product();

  /** Work on a connection of the current transaction; do not close or commit it. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }
}
