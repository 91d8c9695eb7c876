package org.missionhub.core.startup;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.missionhub.core.identity.IdentitySync;

/** Ready when the schema is migrated, demo data (if asked for) is loaded and the database answers. */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

  @Inject DatabaseMigrations migrations;
  @Inject DemoDataLoader demoData;
  @Inject IdentitySync identitySync;

  @Resource(lookup = "jdbc/missionhub")
  DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    var response =
        HealthCheckResponse.named("database")
            .withData("migrated", migrations.isMigrated())
            .withData("demoData", demoData.state())
            .withData("identitySync", identitySync.state());
    boolean reachable;
    try (Connection connection = dataSource.getConnection()) {
      reachable = connection.isValid(2);
    } catch (SQLException e) {
      reachable = false;
    }
    return response
        .withData("reachable", reachable)
        .status(reachable && migrations.isMigrated() && !demoData.state().equals("loading"))
        .build();
  }
}
