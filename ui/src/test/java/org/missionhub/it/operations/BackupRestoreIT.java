package org.missionhub.it.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionhub.it.support.ApiResponse;
import org.missionhub.it.support.Database;
import org.missionhub.it.support.ItEnvironment;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;
import org.missionhub.it.survey.Campaigns;

/**
 * infra/backup.sh and infra/restore.sh on the running test server's database (H2 while the server runs, and
 * PostgreSQL): a populated instance is backed up, restored into an empty database, and every organisation,
 * mission, survey response and audit entry is found again there (restore.sh itself compares every table's
 * rows with the backup's count); Keycloak's organisations and their members are in the backup too.
 */
class BackupRestoreIT {

  private static final String OWNER = "missionhub";
  private static final String OWNER_PASSWORD = "missionhub";

  @Test
  void aBackupRestoredIntoAnEmptyDatabaseHasEveryOrganisationMissionResponseAndAuditEntry(@TempDir Path work) throws Exception {
    // a populated instance: an organisation with a mission, a survey response and audited changes
    Org org = Campaigns.surveying("backup", "NGO", "DK");
    String mission = Scenario.mission(org, "A mission worth backing up");
    String campaign = Campaigns.open(Campaigns.form(Campaigns.publishedTemplate(), List.of("NGO"), false, true, 3));
    Campaigns.submit(org, mission, campaign, Campaigns.answers("leader", "middle"));
    String organisationId = Database.text("select id from organisation where slug = ?", org.slug());
    long audited = Database.count("select count(*) from audit_entry where tenant_id = ?", organisationId);
    assertThat(audited).isPositive();

    Path backups = Files.createDirectories(work.resolve("backups"));
    String folder = lastLine(run(Map.of("MISSIONHUB_DB_URL", ItEnvironment.jdbcUrl(), "MISSIONHUB_BACKUP_DB_USER", ItEnvironment.jdbcUser(), "MISSIONHUB_BACKUP_DB_PASSWORD", ItEnvironment.jdbcPassword()), "backup.sh", backups.toString()));
    String organisations = Files.readString(Path.of(folder, "keycloak", "organizations.json"));
    assertThat(organisations).contains("\"alias\":\"" + org.slug() + "\"").contains(org.admin().username());

    String target = emptyDatabase(work);
    try {
      run(Map.of("MISSIONHUB_DB_URL", target, "MISSIONHUB_DB_OWNER_USER", OWNER, "MISSIONHUB_DB_OWNER_PASSWORD", OWNER_PASSWORD, "MISSIONHUB_BACKUP_DB_USER", ItEnvironment.jdbcUser(), "MISSIONHUB_BACKUP_DB_PASSWORD", ItEnvironment.jdbcPassword()), "restore.sh", folder);

      try (Connection restored = connect(target)) {
        assertThat(count(restored, "select count(*) from organisation where slug = ?", org.slug())).isEqualTo(1);
        assertThat(count(restored, "select count(*) from mission where id = ?", mission)).isEqualTo(1);
        assertThat(count(restored, "select count(*) from survey_response where campaign_id = ? and mission_id = ?", campaign, mission)).isEqualTo(1);
        assertThat(count(restored, "select count(*) from audit_entry where tenant_id = ?", organisationId)).isEqualTo(audited);
      }
    } finally {
      dropDatabase(target);
    }
  }

  /** Runs an infra script with the test Keycloak and the given environment; its standard output. */
  private static String run(Map<String, String> environment, String script, String argument) throws IOException, InterruptedException {
    Path root = Path.of(ItEnvironment.keycloakScript()).getParent().getParent().getParent();
    ProcessBuilder builder = new ProcessBuilder("bash", root.resolve("infra").resolve(script).toString(), argument);
    builder.environment().putAll(environment);
    builder.environment().put("MISSIONHUB_KEYCLOAK_URL", ItEnvironment.keycloakUrl());
    builder.redirectError(ProcessBuilder.Redirect.INHERIT);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(script + " ended").isTrue();
    assertThat(process.exitValue()).as(script + " succeeded; its output: " + output).isZero();
    return output;
  }

  private static String lastLine(String output) {
    String[] lines = output.strip().split("\n");
    return lines[lines.length - 1].strip();
  }

  /** A new, empty database of the same kind as the server's. */
  private static String emptyDatabase(Path work) throws SQLException {
    if (!ItEnvironment.database().equals("postgresql")) {
      return "jdbc:h2:" + work.resolve("restored").resolve("missionhub") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }
    String name = "missionhub_restore_" + Scenario.shortId();
    try (Connection admin = Database.connect(); var statement = admin.createStatement()) {
      statement.execute("create database " + name + " owner " + OWNER);
    }
    return ItEnvironment.jdbcUrl().replaceFirst("/[^/?]+(\\?.*)?$", "/" + name);
  }

  private static void dropDatabase(String url) throws SQLException {
    if (url.startsWith("jdbc:postgresql:")) {
      try (Connection admin = Database.connect(); var statement = admin.createStatement()) {
        statement.execute("drop database if exists " + url.substring(url.lastIndexOf('/') + 1) + " with (force)");
      }
    }
  }

  private static Connection connect(String url) throws SQLException {
    return url.startsWith("jdbc:h2:")
        ? DriverManager.getConnection(url, OWNER, OWNER_PASSWORD)
        : DriverManager.getConnection(url, ItEnvironment.jdbcUser(), ItEnvironment.jdbcPassword());
  }

  private static long count(Connection connection, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }
}
