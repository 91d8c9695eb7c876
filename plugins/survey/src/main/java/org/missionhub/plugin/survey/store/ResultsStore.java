package org.missionhub.plugin.survey.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.missionhub.api.plugin.PluginDatabase;
import org.missionhub.plugin.survey.grouping.Breakdown;
import org.missionhub.plugin.survey.grouping.Dimension;

/**
 * A question's counted answers: from the counts kept as answers are written ({@link AnswerCounts}) for a
 * report and every unfiltered grouping, else over {@code survey_answer}, reading only that question's rows
 * (its index): all groupings at once ({@link #countAll}) for a report, one grouping (within a filter) for
 * peers and filtered reports, numbers' sums and medians, and pairs of answers for a cross-tabulation.
 */
public final class ResultsStore {

  /** Answers restricted to one value of a dimension ("peers of the same type"), or to none. */
  public record Filter(Dimension dimension, String value) {}

  /** The counts of one grouping: group to value to [rows, respondents]; values seen, in order. */
  public record Grouped(Map<String, Map<String, long[]>> groups, TreeSet<String> values) {

    /** As a breakdown over the given categories (values outside them are ignored). */
    public Breakdown breakdown(String name, List<String> categories) {
      List<String> rows = new ArrayList<>(groups.keySet());
      long[] respondents = new long[rows.size()];
      long[][] counts = new long[rows.size()][categories.size()];
      for (int r = 0; r < rows.size(); r++) {
        Map<String, long[]> byValue = groups.get(rows.get(r));
        for (Map.Entry<String, long[]> e : byValue.entrySet()) {
          respondents[r] += e.getValue()[1];
          int c = categories.indexOf(e.getKey());
          if (c >= 0) {
            counts[r][c] = e.getValue()[0];
          }
        }
      }
      return new Breakdown(name, rows, respondents, counts);
    }
  }

  private final PluginDatabase database;

  public ResultsStore(PluginDatabase database) {
    this.database = database;
  }

  /** A question's (or a matrix item's) answers counted for the overall distribution and every breakdown at once ({@link GroupingCounts}). */
  public GroupingCounts.AllGroups countAll(String campaignId, String question) {
    return new GroupingCounts(database).count(campaignId, question);
  }

  /**
   * A question's (or a matrix item's) answers counted by group and value; {@code by} empty: one group, "all".
   * Unfiltered, from the kept counts; within a filter (two facts at once, which the counts do not keep), from
   * the answers.
   */
  public Grouped count(String campaignId, String question, Optional<Dimension> by, Optional<Filter> filter) {
    if (filter.isEmpty()) {
      GroupingCounts.AllGroups all = countAll(campaignId, question);
      return by.isPresent() ? all.breakdowns().get(by.get()) : all.overall();
    }
    String group = by.map(Dimension::column).orElse("'" + Breakdown.ALL + "'");
    String where = "campaign_id = ? and question = ?" + filter.map(f -> " and " + f.dimension().column() + " = ?").orElse("");
    String sql =
        "select " + group + " as grp, answer_value, count(*), sum(case when ordinal = 0 then 1 else 0 end) from survey_answer where " + where
            + " group by " + (by.isPresent() ? group + ", " : "") + "answer_value";
    return database.inTransaction(connection -> {
      try (PreparedStatement select = connection.prepareStatement(sql)) {
        select.setString(1, campaignId);
        select.setString(2, question);
        if (filter.isPresent()) {
          select.setString(3, filter.get().value());
        }
        Map<String, Map<String, long[]>> groups = new TreeMap<>();
        TreeSet<String> values = new TreeSet<>();
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            String value = rows.getString(2) == null ? "" : rows.getString(2);
            values.add(value);
            groups.computeIfAbsent(rows.getString(1), g -> new LinkedHashMap<>()).put(value, new long[] {rows.getLong(3), rows.getLong(4)});
          }
        }
        if (by.isEmpty()) {
          groups.putIfAbsent(Breakdown.ALL, new LinkedHashMap<>()); // one row, even when nobody answered
        }
        return new Grouped(groups, values);
      }
    });
  }

  /** A number question's answers in one group: how many, their sum and their median. */
  public record NumberSummary(long answered, double sum, double median) {}

  /**
   * A number question's answers summarised by group ({@code by} empty: one group, "all", present even when
   * nobody answered); {@code within} non-empty: only the groups of {@code by} named, summarised together as
   * one group keyed by the first of them (a pool of small groups).
   */
  public Map<String, NumberSummary> numbers(String campaignId, String question, Optional<Dimension> by, List<String> within) {
    if (!within.isEmpty() && by.isEmpty()) {
      throw new IllegalArgumentException("groups to pool need their dimension");
    }
    boolean grouped = by.isPresent() && within.isEmpty();
    String key = within.isEmpty() ? Breakdown.ALL : within.get(0);
    String pool = within.isEmpty() ? "" : " and " + by.get().column() + " in (" + String.join(", ", Collections.nCopies(within.size(), "?")) + ")";
    String sql =
        "select " + (grouped ? by.get().column() : "null") + ", count(*), sum(answer_number), percentile_cont(0.5) within group (order by answer_number)"
            + " from survey_answer where campaign_id = ? and question = ? and answer_number is not null" + pool + (grouped ? " group by " + by.get().column() : "");
    return database.inTransaction(connection -> {
      try (PreparedStatement select = connection.prepareStatement(sql)) {
        select.setString(1, campaignId);
        select.setString(2, question);
        for (int i = 0; i < within.size(); i++) {
          select.setString(3 + i, within.get(i));
        }
        Map<String, NumberSummary> groups = new TreeMap<>();
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            if (rows.getLong(2) > 0) {
              groups.put(grouped ? rows.getString(1) : key, new NumberSummary(rows.getLong(2), rows.getDouble(3), rows.getDouble(4)));
            }
          }
        }
        if (!grouped) {
          groups.putIfAbsent(key, new NumberSummary(0, 0, 0));
        }
        return groups;
      }
    });
  }

  /**
   * How many respondents gave each pair of answers to two closed questions: first question's value to
   * second's to respondents (those who answered only one of them are not counted here).
   */
  public Map<String, Map<String, Long>> pairs(String campaignId, String first, String second) {
    String sql =
        "select a.answer_value, b.answer_value, count(*) from survey_answer a join survey_answer b on b.response_id = a.response_id"
            + " where a.campaign_id = ? and a.question = ? and b.campaign_id = ? and b.question = ? group by a.answer_value, b.answer_value";
    return database.inTransaction(connection -> {
      try (PreparedStatement select = connection.prepareStatement(sql)) {
        select.setString(1, campaignId);
        select.setString(2, first);
        select.setString(3, campaignId);
        select.setString(4, second);
        Map<String, Map<String, Long>> pairs = new TreeMap<>();
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            pairs.computeIfAbsent(String.valueOf(rows.getString(1)), v -> new TreeMap<>()).put(String.valueOf(rows.getString(2)), rows.getLong(3));
          }
        }
        return pairs;
      }
    });
  }

  /** Per answer to the first question, how many of those who gave it also answered the second. */
  public Map<String, Long> answeredBoth(String campaignId, String first, String second) {
    String sql =
        "select a.answer_value, count(*) from survey_answer a where a.campaign_id = ? and a.question = ? and exists"
            + " (select 1 from survey_answer b where b.response_id = a.response_id and b.campaign_id = ? and b.question = ? and b.ordinal = 0)"
            + " group by a.answer_value";
    return database.inTransaction(connection -> {
      try (PreparedStatement select = connection.prepareStatement(sql)) {
        select.setString(1, campaignId);
        select.setString(2, first);
        select.setString(3, campaignId);
        select.setString(4, second);
        Map<String, Long> answered = new TreeMap<>();
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            answered.put(String.valueOf(rows.getString(1)), rows.getLong(2));
          }
        }
        return answered;
      }
    });
  }

  /**
   * How many submitted responses a campaign has, in all or within a filter: one kept count (counted from the
   * responses for a campaign whose counts are not kept yet, see {@link GroupingCounts#count}).
   */
  public long respondents(String campaignId, Optional<Filter> filter) {
    AnswerCounts kept = new AnswerCounts(database);
    long counted = filter.isEmpty()
        ? kept.responses(campaignId, Breakdown.ALL, Breakdown.ALL)
        : kept.responses(campaignId, filter.get().dimension().column(), filter.get().value());
    return counted == 0 && kept.isPending(campaignId) ? countResponses(campaignId, filter) : counted;
  }

  private long countResponses(String campaignId, Optional<Filter> filter) {
    String sql = "select count(*) from survey_response where campaign_id = ?" + filter.map(f -> " and " + f.dimension().column() + " = ?").orElse("");
    return database.acrossOrganisations("counting the respondents of survey campaign " + campaignId + " for its results").inTransaction(connection -> {
      try (PreparedStatement select = connection.prepareStatement(sql)) {
        select.setString(1, campaignId);
        if (filter.isPresent()) {
          select.setString(2, filter.get().value());
        }
        try (ResultSet rows = select.executeQuery()) {
          rows.next();
          return rows.getLong(1);
        }
      }
    });
  }

  /** Counts the campaign again from its answers and puts its kept counts right (the repair command). */
  public AnswerCounts.Recount recount(String campaignId) {
    return new AnswerCounts(database).recount(campaignId);
  }
}
