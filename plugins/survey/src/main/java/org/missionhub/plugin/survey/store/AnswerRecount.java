package org.missionhub.plugin.survey.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.missionhub.api.plugin.PluginDatabase;
import org.missionhub.plugin.survey.grouping.Breakdown;
import org.missionhub.plugin.survey.grouping.Dimension;

/**
 * A campaign's kept counts made again from its answers and responses, one grouped scan per grouping, as
 * {@link CountChanges} would have made them one write at a time: the repair command, and the first count of
 * a campaign answered before the counts were kept ({@code survey_count_pending}).
 */
final class AnswerRecount {

  private final PluginDatabase database;

  AnswerRecount(PluginDatabase database) {
    this.database = database;
  }

  /**
   * Counts the campaign again from its answers and responses and puts right every stored cell that differs
   * (the repair command; also how campaigns answered before the table existed get their counts). Reads the
   * responses across organisations, as the results do.
   */
  AnswerCounts.Recount recount(String campaignId) {
    return database.acrossOrganisations("recounting the answers of survey campaign " + campaignId).inTransaction(connection -> {
      AnswerCounts.lock(connection, new TreeSet<>(List.of(campaignId))); // no write of the campaign's answers between this count and its replacement
      boolean wasPending = !AnswerCounts.pending(connection, List.of(campaignId)).isEmpty();
      Map<String, Stored> fresh = new HashMap<>();
      for (Stored cell : stored(connection, RECOUNT, Collections.nCopies(2 * GROUPINGS.size(), campaignId).toArray())) {
        if (cell.rows() != 0) {
          fresh.put(cell.key(), cell);
        }
      }
      Map<String, Stored> kept = new HashMap<>();
      for (Stored cell : stored(connection, "select " + STORED + " from survey_answer_count where campaign_id = ?", campaignId)) {
        if (cell.rows() != 0 || cell.respondents() != 0) {
          kept.put(cell.key(), cell);
        }
      }
      int corrected = (int) (fresh.entrySet().stream().filter(e -> !e.getValue().equals(kept.get(e.getKey()))).count()
          + kept.keySet().stream().filter(k -> !fresh.containsKey(k)).count());
      if (corrected > 0) {
        replace(connection, campaignId, fresh.values());
      }
      if (corrected > 0 || wasPending) {
        // a new revision: every server's kept reports of the campaign are keyed by it, so none serves the old numbers
        try (PreparedStatement revised = connection.prepareStatement("update survey_campaign set revision = revision + 1 where id = ?")) {
          revised.setString(1, campaignId);
          revised.executeUpdate();
        }
      }
      if (wasPending) {
        try (PreparedStatement done = connection.prepareStatement("delete from survey_count_pending where campaign_id = ?")) {
          done.setString(1, campaignId);
          done.executeUpdate();
        }
      }
      return new AnswerCounts.Recount(fresh.size(), wasPending ? 0 : corrected);
    });
  }

  /** The campaigns waiting for their first count (answered before the counts were kept). */
  List<String> pendingCampaigns() {
    return database.inTransaction(connection -> {
      List<String> campaigns = new ArrayList<>();
      try (PreparedStatement select = connection.prepareStatement("select campaign_id from survey_count_pending order by campaign_id")) {
        try (ResultSet row = select.executeQuery()) {
          while (row.next()) {
            campaigns.add(row.getString(1));
          }
        }
      }
      return campaigns;
    });
  }

  private static void replace(Connection connection, String campaignId, Collection<Stored> fresh) throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement("delete from survey_answer_count where campaign_id = ?")) {
      delete.setString(1, campaignId);
      delete.executeUpdate();
    }
    try (PreparedStatement insert = connection.prepareStatement("insert into survey_answer_count (" + AnswerCounts.COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?)")) {
      for (Stored cell : fresh) {
        insert.setString(1, campaignId);
        insert.setString(2, cell.question());
        insert.setString(3, cell.dimension());
        insert.setString(4, cell.group());
        insert.setString(5, cell.value());
        insert.setLong(6, cell.rows());
        insert.setLong(7, cell.respondents());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** A cell with its question, as recounted or as stored. */
  private record Stored(String question, String dimension, String group, String value, long rows, long respondents) {
    String key() {
      return question + '\u0000' + dimension + '\u0000' + group + '\u0000' + value;
    }
  }

  private static final String STORED = "question, dimension, grp, answer_value, answer_rows, respondents";

  /** The overall grouping and each breakdown: its name as stored, and the column that gives its group. */
  private static final List<String[]> GROUPINGS = groupings();

  /**
   * Every cell of a campaign counted from its answers (then from its responses, under question {@code *}),
   * as {@link CountChanges} would have counted them one write at a time.
   */
  private static final String RECOUNT = recountSql();

  private static List<String[]> groupings() {
    List<String[]> groupings = new ArrayList<>();
    groupings.add(new String[] {Breakdown.ALL, "'" + Breakdown.ALL + "'"});
    for (Dimension dimension : Dimension.values()) {
      groupings.add(new String[] {dimension.column(), dimension.column()});
    }
    return List.copyOf(groupings);
  }

  private static String recountSql() {
    List<String> parts = new ArrayList<>();
    for (String[] grouping : GROUPINGS) {
      String group = grouping[1].startsWith("'") ? "" : grouping[1] + ", ";
      parts.add("select question, '" + grouping[0] + "', " + grouping[1] + ", coalesce(answer_value, ''), count(*), sum(case when ordinal = 0 then 1 else 0 end)"
          + " from survey_answer where campaign_id = ? group by question, " + group + "coalesce(answer_value, '')");
    }
    for (String[] grouping : GROUPINGS) {
      String group = grouping[1].startsWith("'") ? "" : " group by " + grouping[1];
      parts.add("select '" + CountChanges.RESPONSES + "', '" + grouping[0] + "', " + grouping[1] + ", '', count(*), count(*) from survey_response where campaign_id = ?" + group);
    }
    return String.join(" union all ", parts);
  }

  private static List<Stored> stored(Connection connection, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        select.setObject(i + 1, parameters[i]);
      }
      List<Stored> cells = new ArrayList<>();
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          cells.add(new Stored(row.getString(1), row.getString(2), row.getString(3), row.getString(4), row.getLong(5), row.getLong(6)));
        }
      }
      return cells;
    }
  }

}
