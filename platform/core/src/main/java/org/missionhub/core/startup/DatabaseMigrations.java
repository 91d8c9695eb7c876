package org.missionhub.core.startup;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;

/**
 * Brings the database schema up to date at start-up with Flyway's versioned SQL migrations
 * ({@code db/migration/core}), as the schema's owner, then secures the schema for the runtime role
 * ({@link DatabaseOwner}). Runs before anything else touches the database; if a migration fails, the
 * application does not start and readiness stays down.
 */
@ApplicationScoped
public class DatabaseMigrations {

  /** Observer priority: before every other start-up work. */
  public static final int PRIORITY = 100;

  static final String LOCATION = "classpath:db/migration/core";

  private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

  @Inject DatabaseOwner owner;

  private volatile boolean migrated;

  void migrate(@Observes @Priority(PRIORITY) Startup startup) {
    owner.makeCommitsDurable();
    var result =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(owner.dataSource())
            // Liberty's class loader finds a classpath folder only through a file in it: each migration
            // folder holds an empty flyway.location for that reason
            .locations(LOCATION)
            .callbackLocations(LOCATION)
            .table("flyway_schema_history")
            .failOnMissingLocations(true)
            .load()
            .migrate();
    owner.secureSchema();
    LOG.info(
        () ->
            "Database schema at version "
                // Flyway reports no target when nothing was applied: the schema is then where it was
                + (result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion)
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
    migrated = true;
  }

  public boolean isMigrated() {
    return migrated;
  }
}
