package org.missionhub.it.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.missionhub.it.support.Database;

/**
 * Scheduled jobs of plugins (contract 1.3.0), as the test plugin {@code ticker} uses them: {@code tick}
 * runs every second and writes a row, {@code fail} throws every second; each run is claimed once in
 * {@code plugin_job_run}, and the failing job neither stops itself nor the other.
 */
class PluginJobsIT {

  @Test
  void aJobRunsEveryPeriodOncePerSlotAndAFailingJobKeepsRunningWithoutHarm() throws InterruptedException {
    long ticks = Database.count("select count(*) from ticker_tick");
    long failures = failedRuns();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    while ((Database.count("select count(*) from ticker_tick") < ticks + 3 || failedRuns() < failures + 3) && Instant.now().isBefore(deadline)) {
      Thread.sleep(250);
    }
    assertThat(Database.count("select count(*) from ticker_tick")).isGreaterThanOrEqualTo(ticks + 3);
    assertThat(failedRuns()).isGreaterThanOrEqualTo(failures + 3);
    assertThat(Database.count("select count(*) from plugin_job_run where plugin_id = 'ticker' and job_id = 'tick' and outcome = 'done'"))
        .isGreaterThanOrEqualTo(3);
  }

  /**
   * The latest failed run's slot (one a second): counting rows would stop growing once the server has run for
   * {@code JobClaims.KEPT_SLOTS} seconds, since older slots are forgotten.
   */
  private static long failedRuns() {
    return Database.count("select coalesce(max(slot), 0) from plugin_job_run where plugin_id = 'ticker' and job_id = 'fail' and outcome = 'failed'");
  }
}
