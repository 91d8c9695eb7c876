package org.missionhub.plugin.survey.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.missionhub.api.plugin.PluginDatabase;

/**
 * {@code survey_answer_count}: a campaign's answers counted per grouping, changed by every write of answers
 * in its own transaction ({@link CountChanges}), read by reports in place of a scan of every answer, and
 * counted again from the answers by the repair command ({@link AnswerRecount}; also the first count of a
 * campaign answered before the counts were kept).
 */
public final class AnswerCounts {

  /** One stored cell: a grouping ({@code all} or a breakdown's column), its group, a value, its rows and respondents. */
  public record Counted(String dimension, String group, String value, long rows, long respondents) {}

  /** What a recount found: how many cells it counted, and how many of the stored ones it had to correct (0 for a first count). */
  public record Recount(int cells, int corrected) {}

  static final String COLUMNS = "campaign_id, question, dimension, grp, answer_value, answer_rows, respondents";

  private static final String UPSERT_POSTGRESQL = "insert into survey_answer_count (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?)"
      + " on conflict (campaign_id, question, dimension, grp, answer_value) do update"
      + " set answer_rows = survey_answer_count.answer_rows + excluded.answer_rows, respondents = survey_answer_count.respondents + excluded.respondents";

  private static final String UPSERT_H2 = "merge into survey_answer_count t using (values (cast(? as varchar(36)), cast(? as varchar(130)), cast(? as varchar(20)),"
      + " cast(? as varchar(40)), cast(? as varchar(64)), cast(? as bigint), cast(? as bigint))) s (campaign_id, question, dimension, grp, answer_value, answer_rows, respondents)"
      + " on t.campaign_id = s.campaign_id and t.question = s.question and t.dimension = s.dimension and t.grp = s.grp and t.answer_value = s.answer_value"
      + " when matched then update set answer_rows = t.answer_rows + s.answer_rows, respondents = t.respondents + s.respondents"
      + " when not matched then insert (" + COLUMNS + ") values (s.campaign_id, s.question, s.dimension, s.grp, s.answer_value, s.answer_rows, s.respondents)";

  private final PluginDatabase database;

  public AnswerCounts(PluginDatabase database) {
    this.database = Objects.requireNonNull(database, "database");
  }

  /**
   * Applies the changes on the caller's connection, in its transaction. The campaigns' rows are locked first,
   * in id order: the counts of a campaign change one transaction at a time (so an upsert never meets a
   * concurrent insert of the same new cell, and a recount never misses or doubles a write). A campaign still
   * waiting for its first count ({@code survey_count_pending}) is left alone: its recount takes the write in.
   */
  void apply(Connection connection, CountChanges changes) throws SQLException {
    Map<CountChanges.Cell, long[]> deltas = changes.deltas();
    if (deltas.isEmpty()) {
      return;
    }
    TreeSet<String> campaigns = deltas.keySet().stream().map(CountChanges.Cell::campaignId).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
    lock(connection, campaigns);
    java.util.Set<String> pending = pending(connection, campaigns);
    try (PreparedStatement upsert = connection.prepareStatement("postgresql".equals(database.product()) ? UPSERT_POSTGRESQL : UPSERT_H2)) {
      for (Map.Entry<CountChanges.Cell, long[]> change : deltas.entrySet()) {
        CountChanges.Cell cell = change.getKey();
        if (pending.contains(cell.campaignId())) {
          continue;
        }
        upsert.setString(1, cell.campaignId());
        upsert.setString(2, cell.question());
        upsert.setString(3, cell.dimension());
        upsert.setString(4, cell.group());
        upsert.setString(5, cell.value());
        upsert.setLong(6, change.getValue()[0]);
        upsert.setLong(7, change.getValue()[1]);
        upsert.addBatch();
      }
      upsert.executeBatch();
    }
  }

  static java.util.Set<String> pending(Connection connection, java.util.Collection<String> campaigns) throws SQLException {
    java.util.Set<String> pending = new java.util.HashSet<>();
    try (PreparedStatement select = connection.prepareStatement("select 1 from survey_count_pending where campaign_id = ?")) {
      for (String campaign : campaigns) {
        select.setString(1, campaign);
        try (ResultSet row = select.executeQuery()) {
          if (row.next()) {
            pending.add(campaign);
          }
        }
      }
    }
    return pending;
  }

  static void lock(Connection connection, TreeSet<String> campaigns) throws SQLException {
    try (PreparedStatement lock = connection.prepareStatement("select id from survey_campaign where id = ? for update")) {
      for (String campaign : campaigns) {
        lock.setString(1, campaign);
        try (ResultSet ignored = lock.executeQuery()) {
          // the row is locked until the transaction ends
        }
      }
    }
  }

  /** A question's cells ({@link CountChanges#RESPONSES} for the responses), those that count something. */
  public List<Counted> of(String campaignId, String question) {
    return database.inTransaction(connection -> read(connection,
        "select dimension, grp, answer_value, answer_rows, respondents from survey_answer_count where campaign_id = ? and question = ? and answer_rows > 0",
        campaignId, question));
  }

  /** Whether the campaign waits for its first count (answered before the counts were kept): its reports count from its answers. */
  public boolean isPending(String campaignId) {
    return database.inTransaction(connection -> !pending(connection, List.of(campaignId)).isEmpty());
  }

  /** How many responses the campaign has, in all or in one group of a breakdown: one cell read. */
  public long responses(String campaignId, String dimension, String group) {
    return database.inTransaction(connection -> {
      try (PreparedStatement select = connection.prepareStatement(
          "select respondents from survey_answer_count where campaign_id = ? and question = ? and dimension = ? and grp = ? and answer_value = ''")) {
        select.setString(1, campaignId);
        select.setString(2, CountChanges.RESPONSES);
        select.setString(3, dimension);
        select.setString(4, group);
        try (ResultSet row = select.executeQuery()) {
          return row.next() ? row.getLong(1) : 0L;
        }
      }
    });
  }

  /** Counts the campaign again from its answers and puts its kept counts right ({@link AnswerRecount}). */
  public Recount recount(String campaignId) {
    return new AnswerRecount(database).recount(campaignId);
  }

  /** The campaigns waiting for their first count (answered before the counts were kept). */
  public List<String> uncounted() {
    return new AnswerRecount(database).pendingCampaigns();
  }

  private static List<Counted> read(Connection connection, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        select.setObject(i + 1, parameters[i]);
      }
      List<Counted> cells = new ArrayList<>();
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          cells.add(new Counted(row.getString(1), row.getString(2), row.getString(3) == null ? "" : row.getString(3), row.getLong(4), row.getLong(5)));
        }
      }
      return cells;
    }
  }
}
