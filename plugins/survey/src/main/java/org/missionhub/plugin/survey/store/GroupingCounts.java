package org.missionhub.plugin.survey.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.missionhub.api.plugin.PluginDatabase;
import org.missionhub.plugin.survey.grouping.Breakdown;
import org.missionhub.plugin.survey.grouping.Dimension;

/**
 * A question's overall distribution and its five breakdowns. Reports read them from the counts kept as
 * answers are written ({@link #count}, O(cells)); {@link #scan} counts them from the answers by ONE
 * statement, one pass over the question's rows, instead of a {@code GROUP BY} per grouping that each reads
 * them all again (both measured in docs/performance.md). On PostgreSQL, {@code GROUPING SETS} of the six groupings; on H2, which has none,
 * a {@code GROUP BY} over all five facts and the value (thousands of groups at most), added up here. Every
 * count is additive, so the sums are exact: rows per value, and respondents (rows with ordinal 0).
 */
public final class GroupingCounts {

  /** The overall distribution ("all") and one grouping per dimension. */
  public record AllGroups(ResultsStore.Grouped overall, Map<Dimension, ResultsStore.Grouped> breakdowns) {}

  private static final String SELECT =
      "select org_type, country, phase, governance_mode, challenge_area, sector, answer_value, count(*), sum(case when ordinal = 0 then 1 else 0 end)"
          + " from survey_answer where campaign_id = ? and question = ?";
  private static final String ALL_FACTS = SELECT + " group by org_type, country, phase, governance_mode, challenge_area, sector, answer_value";
  /** A row's grouping is the one fact that is not null (none: the overall distribution): the facts themselves are never null. */
  private static final String GROUPING_SETS =
      SELECT + " group by grouping sets ((answer_value), (org_type, answer_value), (country, answer_value), (phase, answer_value),"
          + " (governance_mode, answer_value), (challenge_area, answer_value), (sector, answer_value))";

  private final PluginDatabase database;

  public GroupingCounts(PluginDatabase database) {
    this.database = database;
  }

  /** The statement for a database product (the benchmark runs it raw, as the floor the report is held to). */
  public static String statement(String product) {
    return "postgresql".equals(product) ? GROUPING_SETS : ALL_FACTS;
  }

  /**
   * From the kept counts ({@link AnswerCounts}): the question's cells, not its answers. A campaign answered
   * before the counts were kept, and not counted yet (the plugin counts those in the background), is
   * counted from its answers.
   */
  public AllGroups count(String campaignId, String question) {
    AnswerCounts kept = new AnswerCounts(database);
    List<AnswerCounts.Counted> cells = kept.of(campaignId, question);
    if (cells.isEmpty() && kept.isPending(campaignId)) {
      return scan(campaignId, question);
    }
    Map<String, Map<String, long[]>> overall = new TreeMap<>();
    Map<Dimension, Map<String, Map<String, long[]>>> groups = new EnumMap<>(Dimension.class);
    Map<String, Dimension> byColumn = new java.util.HashMap<>();
    for (Dimension d : Dimension.values()) {
      groups.put(d, new TreeMap<>());
      byColumn.put(d.column(), d);
    }
    TreeSet<String> values = new TreeSet<>();
    for (AnswerCounts.Counted cell : cells) {
      values.add(cell.value());
      Dimension d = byColumn.get(cell.dimension());
      add(d == null ? overall : groups.get(d), cell.group(), cell.value(), cell.rows(), cell.respondents());
    }
    overall.putIfAbsent(Breakdown.ALL, new LinkedHashMap<>()); // one row, even when nobody answered
    Map<Dimension, ResultsStore.Grouped> breakdowns = new EnumMap<>(Dimension.class);
    groups.forEach((d, byGroup) -> breakdowns.put(d, new ResultsStore.Grouped(byGroup, values)));
    return new AllGroups(new ResultsStore.Grouped(overall, values), breakdowns);
  }

  /** The same, counted from every answer row by one statement (what the kept counts spare; the benchmark's floor). */
  public AllGroups scan(String campaignId, String question) {
    Dimension[] dimensions = Dimension.values(); // the statement's first six columns, in this order
    boolean sets = "postgresql".equals(database.product());
    return database.inTransaction(connection -> {
      Map<String, Map<String, long[]>> overall = new TreeMap<>();
      Map<Dimension, Map<String, Map<String, long[]>>> groups = new EnumMap<>(Dimension.class);
      for (Dimension d : dimensions) {
        groups.put(d, new TreeMap<>());
      }
      TreeSet<String> values = new TreeSet<>();
      try (PreparedStatement select = connection.prepareStatement(statement(database.product()))) {
        select.setString(1, campaignId);
        select.setString(2, question);
        try (ResultSet row = select.executeQuery()) {
          while (row.next()) {
            String value = row.getString(7) == null ? "" : row.getString(7);
            long rows = row.getLong(8);
            long respondents = row.getLong(9);
            values.add(value);
            boolean grouped = false;
            for (int d = 0; d < dimensions.length; d++) {
              String group = row.getString(d + 1);
              if (group != null) {
                add(groups.get(dimensions[d]), group, value, rows, respondents);
                grouped = true;
              }
            }
            if (!sets || !grouped) {
              add(overall, Breakdown.ALL, value, rows, respondents);
            }
          }
        }
      }
      overall.putIfAbsent(Breakdown.ALL, new LinkedHashMap<>()); // one row, even when nobody answered
      Map<Dimension, ResultsStore.Grouped> breakdowns = new EnumMap<>(Dimension.class);
      groups.forEach((d, byGroup) -> breakdowns.put(d, new ResultsStore.Grouped(byGroup, values)));
      return new AllGroups(new ResultsStore.Grouped(overall, values), breakdowns);
    });
  }

  private static void add(Map<String, Map<String, long[]>> groups, String group, String value, long rows, long respondents) {
    long[] counts = groups.computeIfAbsent(group, g -> new LinkedHashMap<>()).computeIfAbsent(value, v -> new long[2]);
    counts[0] += rows;
    counts[1] += respondents;
  }
}
