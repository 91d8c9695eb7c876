package org.missionhub.core.plugin;

import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import org.missionhub.api.plugin.PluginDatabase;

/**
 * Who runs a scheduled job's time slot: the server whose row for it reaches the database first. Two
 * servers claiming at once both try the insert; the primary key lets one through and the other fails or
 * finds the row, and does not run the job.
 */
final class JobClaims {

  /** How many past slots of a job are kept, for operators to read. */
  static final int KEPT_SLOTS = 1000;

  private final PluginDatabase database;

  JobClaims(PluginDatabase database) {
    this.database = database;
  }

  /** True if this server claimed the slot and must run the job now. */
  boolean claim(String pluginId, String jobId, long slot, String server, OffsetDateTime now) {
    try {
      return database.inTransaction(connection -> {
        try (PreparedStatement insert =
            connection.prepareStatement(
                "insert into plugin_job_run (plugin_id, job_id, slot, claimed_by, claimed_at)"
                    + " select ?, ?, ?, ?, ? where not exists"
                    + " (select 1 from plugin_job_run where plugin_id = ? and job_id = ? and slot = ?)")) {
          insert.setString(1, pluginId);
          insert.setString(2, jobId);
          insert.setLong(3, slot);
          insert.setString(4, server);
          insert.setObject(5, now);
          insert.setString(6, pluginId);
          insert.setString(7, jobId);
          insert.setLong(8, slot);
          return insert.executeUpdate() == 1;
        }
      });
    } catch (RuntimeException claimedByAnotherAtTheSameMoment) {
      return false;
    }
  }

  /** Records how the slot's run ended ({@code done} or {@code failed}) and forgets old slots. */
  void finish(String pluginId, String jobId, long slot, String outcome) {
    database.inTransaction(connection -> {
      try (PreparedStatement update = connection.prepareStatement("update plugin_job_run set outcome = ? where plugin_id = ? and job_id = ? and slot = ?");
          PreparedStatement prune = connection.prepareStatement("delete from plugin_job_run where plugin_id = ? and job_id = ? and slot < ?")) {
        update.setString(1, outcome);
        update.setString(2, pluginId);
        update.setString(3, jobId);
        update.setLong(4, slot);
        prune.setString(1, pluginId);
        prune.setString(2, jobId);
        prune.setLong(3, slot - KEPT_SLOTS);
        return update.executeUpdate() + prune.executeUpdate();
      }
    });
  }
}
