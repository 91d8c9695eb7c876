package org.missionhub.core.plugin;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.missionhub.api.plugin.PluginDatabase;
import org.missionhub.api.plugin.Scheduler;

/**
 * Plugins' scheduled jobs (contract 1.3.0): each runs on the managed scheduler every period, once per
 * period across the servers sharing the database ({@link JobClaims}), isolated: a job that throws is
 * logged, recorded as failed and runs again next period.
 */
@ApplicationScoped
public class PluginJobs {

  private static final Logger LOG = Logger.getLogger(PluginJobs.class.getName());
  private static final Pattern JOB_ID = Pattern.compile("[a-z][a-z0-9-]{0,39}");
  private static final String SERVER = org.missionhub.core.shared.ServerName.get();

  @Resource ManagedScheduledExecutorService scheduler;

  private final Set<String> registered = ConcurrentHashMap.newKeySet();
  private final List<ScheduledFuture<?>> scheduled = new CopyOnWriteArrayList<>();

  /** The scheduler a plugin's context hands it. */
  Scheduler schedulerFor(LoadedPlugin plugin, PluginDatabase database, Clock clock) {
    JobClaims claims = new JobClaims(database);
    return (jobId, period, job) -> {
      Objects.requireNonNull(job, "job");
      if (jobId == null || !JOB_ID.matcher(jobId).matches()) {
        throw new IllegalArgumentException("a job id is 1-40 lower-case letters, digits or hyphens, starting with a letter: " + jobId);
      }
      if (period == null || period.compareTo(Duration.ofSeconds(1)) < 0) {
        throw new IllegalArgumentException("a job runs at most every second, not every " + period);
      }
      if (!registered.add(plugin.id() + "/" + jobId)) {
        throw new IllegalArgumentException("the plugin " + plugin.id() + " already has a job " + jobId);
      }
      long millis = period.toMillis();
      scheduled.add(scheduler.scheduleAtFixedRate(() -> run(plugin, jobId, millis, job, claims, clock), millis, millis, TimeUnit.MILLISECONDS));
      LOG.info(() -> "Plugin " + plugin.id() + ": job " + jobId + " every " + period);
    };
  }

  private static void run(LoadedPlugin plugin, String jobId, long periodMillis, Runnable job, JobClaims claims, Clock clock) {
    if (!plugin.isActive()) {
      return;
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    long slot = now.toInstant().toEpochMilli() / periodMillis;
    try {
      if (!claims.claim(plugin.id(), jobId, slot, SERVER, now)) {
        return;
      }
    } catch (RuntimeException e) {
      LOG.warning(() -> "Plugin " + plugin.id() + ": job " + jobId + " could not be claimed: " + PluginLoader.rootMessage(e));
      return;
    }
    String outcome = "done";
    try {
      job.run();
    } catch (RuntimeException | LinkageError e) {
      outcome = "failed";
      LOG.warning(() -> "Plugin " + plugin.id() + ": job " + jobId + " failed: " + PluginLoader.rootMessage(e));
    }
    try {
      claims.finish(plugin.id(), jobId, slot, outcome);
    } catch (RuntimeException e) {
      LOG.warning(() -> "Plugin " + plugin.id() + ": the run of job " + jobId + " could not be recorded: " + PluginLoader.rootMessage(e));
    }
  }

  @PreDestroy
  void stop() {
    scheduled.forEach(future -> future.cancel(false));
  }
}
