package org.missionhub.core.startup;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.missionhub.core.tenancy.SchemaSecurity;

/**
 * The database role that owns the schema: migrations (core's and the plugins') run as it, and after each
 * migration it secures the schema for the runtime role the application connects as ({@link SchemaSecurity}).
 * Nothing else uses this connection.
 */
@ApplicationScoped
public class DatabaseOwner {

  @Resource(lookup = "jdbc/missionhub-owner")
  DataSource owner;

  @Inject
  @ConfigProperty(name = "missionhub.db.user", defaultValue = "missionhub_app")
  String runtimeUser;

  @Inject
  @ConfigProperty(name = "missionhub.db.password", defaultValue = "missionhub")
  String runtimePassword;

  /** The owner's data source, for Flyway. */
  public DataSource dataSource() {
    return owner;
  }

  /** On H2, the owner's connection held while the server runs (see {@link #makeCommitsDurable}). */
  private Connection h2Held;

  /**
   * On H2: a commit returns once it is in the database file. H2 keeps no log of commits and by default writes
   * them up to half a second later, so a server process killed within that time lost writes it had answered
   * 2xx for (infra/kill-test.sh lost 6 of 543). The setting needs an administrator (the owner) and is meant to
   * persist, but H2 2.3 stores it under a lower-case name with DATABASE_TO_LOWER and ignores it when the
   * database opens again; so this connection stays open while the server runs, and the database with it (H2
   * closes a database with its last connection). It holds against a killed process, not a power cut (H2 does
   * not sync the file at each commit): production runs on PostgreSQL, whose commits are durable.
   */
  public synchronized void makeCommitsDurable() {
    release();
    try {
      Connection connection = owner.getConnection();
      if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
        connection.close();
        return;
      }
      try (Statement statement = connection.createStatement()) {
        statement.execute("SET WRITE_DELAY 0");
      }
      h2Held = connection;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot make the database's commits durable: " + e.getMessage(), e);
    }
  }

  @PreDestroy
  synchronized void release() {
    if (h2Held != null) {
      try {
        h2Held.close();
      } catch (SQLException e) {
        // the server is stopping: H2 closes the database with the JVM
      }
      h2Held = null;
    }
  }

  /** Grants the runtime role its rights and protects tenant-scoped tables; after core's migrations. */
  public void secureSchema() {
    secureSchema(Set.of());
  }

  /** The same after a plugin's migrations, with the tables it declares shared within missions. */
  public void secureSchema(Set<String> missionShared) {
    try (Connection connection = owner.getConnection()) {
      new SchemaSecurity(runtimeUser, runtimePassword).apply(connection, missionShared);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot secure the database schema for the runtime role " + runtimeUser + ": " + e.getMessage(), e);
    }
  }
}
