package org.missionhub.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Direct JDBC access to the integration-test server's database (H2 in auto-server mode, or PostgreSQL), to
 * check what a request really changed.
 */
public final class Database {

  /** Every table of the core schema. */
  public static final List<String> TABLES =
      List.of(
          "organisation",
          "person",
          "membership",
          "mission",
          "mission_partner",
          "mission_role",
          "decision",
          "risk",
          "governance_body",
          "governance_body_member",
          "mission_comment",
          "audit_entry",
          "plugin_enablement");

  private Database() {}

  public static Connection connect() throws SQLException {
    return DriverManager.getConnection(ItEnvironment.jdbcUrl(), ItEnvironment.jdbcUser(), ItEnvironment.jdbcPassword());
  }

  /** Every row of every table, rendered as text and sorted: equal snapshots mean nothing changed. */
  public static Map<String, List<String>> snapshot() {
    Map<String, List<String>> snapshot = new LinkedHashMap<>();
    try (Connection connection = connect(); Statement statement = connection.createStatement()) {
      for (String table : TABLES) {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery("select * from " + table)) {
          ResultSetMetaData meta = rs.getMetaData();
          while (rs.next()) {
            StringBuilder row = new StringBuilder();
            for (int c = 1; c <= meta.getColumnCount(); c++) {
              row.append(meta.getColumnName(c)).append('=').append(rs.getString(c)).append(';');
            }
            rows.add(row.toString());
          }
        }
        Collections.sort(rows);
        snapshot.put(table, rows);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the test database", e);
    }
    return snapshot;
  }

  /** A single number from a query with parameters (for counts). */
  public static long count(String sql, Object... parameters) {
    try (Connection connection = connect(); var statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rs = statement.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("query failed: " + sql, e);
    }
  }

  /** One text value from a query with parameters, or null if there is no row. */
  public static String text(String sql, Object... parameters) {
    try (Connection connection = connect(); var statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rs = statement.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("query failed: " + sql, e);
    }
  }
}
