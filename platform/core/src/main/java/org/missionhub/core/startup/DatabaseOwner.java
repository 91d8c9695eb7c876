package org.missionhub.core.startup;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
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
