package org.missionhub.api.plugin;

import java.time.Duration;

/**
 * Runs a plugin's periodic work (contract 1.3.0), from {@link PluginContext#scheduler()}: reminders,
 * digests, recomputing a cache. A job runs once per period across all the servers that share the
 * database — each period is claimed by one server in the database before it runs — not once per server.
 * It runs off any request, outside any organisation: give it the ids it works on. A job that throws is
 * logged and runs again in the next period; it never affects the platform or other jobs.
 */
public interface Scheduler {

  /**
   * Runs {@code job} every {@code period} (at least a minute in production, a second in tests), the first
   * time one period after the platform started.
   *
   * @param jobId lower-case letters, digits and hyphens, unique within the plugin
   * @throws IllegalArgumentException for a bad id, a second job with the same id, or a period under a second
   */
  void every(String jobId, Duration period, Runnable job);
}
