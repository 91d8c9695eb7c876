package org.missionhub.it.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionhub.it.support.Database;

/**
 * Each plugin's Flyway migrations ran at start-up, once each, with their own history table, in dependency
 * order: highlights' table refers to notes' (so it could only be created after it), although its id sorts
 * first. Runs on H2 and on PostgreSQL, like every integration test.
 */
class PluginMigrationsIT {

  private record Applied(String version, String script, boolean success, Timestamp installedOn) {}

  private static List<Applied> history(String pluginId) throws SQLException {
    List<Applied> applied = new ArrayList<>();
    String table = "\"flyway_history_" + pluginId + "\"";
    try (Connection connection = Database.connect();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery("select \"version\", \"script\", \"success\", \"installed_on\" from " + table + " where \"type\" = 'SQL' order by \"installed_rank\"")) {
      while (rows.next()) {
        applied.add(new Applied(rows.getString(1), rows.getString(2), rows.getBoolean(3), rows.getTimestamp(4)));
      }
    }
    return applied;
  }

  @Test
  void eachPluginsMigrationsRanOnceInTheirOwnHistory() throws SQLException {
    List<Applied> notes = history("notes");
    assertThat(notes).extracting(Applied::version).containsExactly("1", "2", "3");
    assertThat(notes).extracting(Applied::script).containsExactly("V1__notes.sql", "V2__missions_created.sql", "V3__events_heard.sql");
    assertThat(notes).allMatch(Applied::success);
    assertThat(history("highlights")).extracting(Applied::version).containsExactly("1");
    // the core's own history does not hold plugin migrations
    assertThat(Database.count("select count(*) from \"flyway_schema_history\" where \"script\" like '%notes%'")).isZero();
  }

  @Test
  void aPluginsMigrationsRunAfterThoseOfThePluginsItRequires() throws SQLException {
    List<Applied> notes = history("notes");
    Timestamp notesDone = notes.get(notes.size() - 1).installedOn();
    Timestamp highlightsStarted = history("highlights").get(0).installedOn();
    assertThat(highlightsStarted).isAfterOrEqualTo(notesDone);
    // and its table really refers to notes' table: a highlight of a note that does not exist is refused
    try (Connection connection = Database.connect(); Statement statement = connection.createStatement()) {
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> statement.executeUpdate("insert into highlights_highlight (note_id, tenant_id) values ('no-such-note', 'x')"))
          .isInstanceOf(SQLException.class);
    }
  }

  @Test
  void aRefusedPluginsMigrationsNeverRun() {
    // future-api ships a migration, but is refused (unsupported API version) before it could run
    assertThat(Database.count("select count(*) from information_schema.tables where lower(table_name) in ('future_api_thing', 'flyway_history_future_api')"))
        .isZero();
  }
}
