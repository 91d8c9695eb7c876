package org.missionhub.core.plugin;

import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Applies one plugin's Flyway migrations from its own jar, with its own history table
 * ({@code flyway_history_<plugin id>}), so plugins and the core never share version numbers. The database
 * already holds the platform's tables, hence the baseline at version 0.
 */
final class PluginMigrations {

  private static final Logger LOG = Logger.getLogger(PluginMigrations.class.getName());

  private PluginMigrations() {}

  static void migrate(DataSource dataSource, LoadedPlugin plugin, String location) {
    var result =
        Flyway.configure(plugin.loader())
            .dataSource(dataSource)
            .locations("classpath:" + location)
            .table(historyTable(plugin.id()))
            .baselineOnMigrate(true)
            .baselineVersion("0")
            .failOnMissingLocations(true)
            .load()
            .migrate();
    LOG.info(
        () ->
            result.migrationsExecuted == 0
                ? "Plugin " + plugin.id() + ": schema up to date"
                : "Plugin " + plugin.id() + ": schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted + " applied now)");
  }

  static String historyTable(String pluginId) {
    return "flyway_history_" + pluginId.replace('-', '_');
  }
}
