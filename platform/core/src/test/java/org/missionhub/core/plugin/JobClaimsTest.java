package org.missionhub.core.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;
import org.missionhub.api.plugin.PluginDatabase;
import org.missionhub.core.testing.TestDatabase;
import org.missionhub.core.testing.TestDatabases;

/** A scheduled job's slot is run by one server only, on H2 and on PostgreSQL. */
class JobClaimsTest {

  private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 4, 12, 0, 0, 0, ZoneOffset.UTC);

  @ParameterizedTest(name = "{0}")
  @ArgumentsSource(TestDatabases.class)
  void aSlotIsClaimedOnceAndTheNextSlotAgain(TestDatabase db) {
    JobClaims claims = new JobClaims(database(db));
    String plugin = "p" + UUID.randomUUID().toString().substring(0, 8);

    assertThat(claims.claim(plugin, "digest", 41, "server-a", NOW)).isTrue();
    assertThat(claims.claim(plugin, "digest", 41, "server-b", NOW)).isFalse();
    assertThat(claims.claim(plugin, "digest", 41, "server-a", NOW)).isFalse();
    assertThat(claims.claim(plugin, "reminders", 41, "server-b", NOW)).isTrue();
    assertThat(claims.claim(plugin, "digest", 42, "server-b", NOW.plusMinutes(1))).isTrue();

    assertThat(db.query("select claimed_by from plugin_job_run where plugin_id = ? and job_id = ? and slot = ?", plugin, "digest", 41L))
        .containsExactly(java.util.List.of("server-a"));
  }

  @ParameterizedTest(name = "{0}")
  @ArgumentsSource(TestDatabases.class)
  void aFinishedRunRecordsItsOutcomeAndOldSlotsAreForgotten(TestDatabase db) {
    JobClaims claims = new JobClaims(database(db));
    String plugin = "p" + UUID.randomUUID().toString().substring(0, 8);
    claims.claim(plugin, "digest", 1, "server-a", NOW);
    long late = 1 + JobClaims.KEPT_SLOTS + 1;
    claims.claim(plugin, "digest", late, "server-a", NOW);

    claims.finish(plugin, "digest", late, "failed");

    assertThat(db.query("select slot, outcome from plugin_job_run where plugin_id = ?", plugin))
        .containsExactly(java.util.List.of(Long.toString(late), "failed"));
  }

  /** The plugin database over the test database: each work in its own committed transaction. */
  private static PluginDatabase database(TestDatabase db) {
    return new PluginDatabase() {
      @Override
      public <T> T inTransaction(Work<T> work) {
        try (Connection connection = db.connect()) {
          connection.setAutoCommit(false);
          try {
            T result = work.run(connection);
            connection.commit();
            return result;
          } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
          }
        } catch (SQLException e) {
          throw new IllegalStateException(e);
        }
      }

      @Override
      public String product() {
        return db.kind() == TestDatabase.Kind.POSTGRESQL ? "postgresql" : "h2";
      }

      // the job bookkeeping table is not tenant-scoped: a binding changes nothing for it
      @Override
      public PluginDatabase forOrganisation(org.missionhub.api.organisation.OrganisationId organisation) {
        return this;
      }

      @Override
      public PluginDatabase acrossOrganisations(String purpose) {
        return this;
      }
    };
  }
}
