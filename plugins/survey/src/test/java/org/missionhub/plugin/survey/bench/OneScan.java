package org.missionhub.plugin.survey.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.missionhub.plugin.survey.instrument.Option;
import org.missionhub.plugin.survey.instrument.Question;
import org.missionhub.plugin.survey.instrument.QuestionType;
import org.missionhub.plugin.survey.results.Breakdown;
import org.missionhub.plugin.survey.results.Dimension;
import org.missionhub.plugin.survey.results.QuestionCounts;
import org.missionhub.plugin.survey.store.ResultsStore;

/**
 * A proposal, measured beside the report: a question's overall distribution and its five breakdowns from
 * ONE statement, instead of six {@code GROUP BY}s that each read every row of the question: on H2 a
 * {@code GROUP BY} over all five facts and the value, added up in Java; on PostgreSQL {@code GROUPING
 * SETS} of the six groupings. Same counts (checked in the benchmark's set-up), one pass over the data.
 */
final class OneScan {

  private static final String SELECT =
      "select org_type, country, phase, governance_mode, challenge_area, answer_value, count(*), sum(case when ordinal = 0 then 1 else 0 end)"
          + " from survey_answer where campaign_id = ? and question = ?";

  /**
   * H2: every combination of the five facts and the value (tens of thousands of groups at most), added up
   * in Java. (PostgreSQL's planner overestimates that many groups, as if the facts were independent, and
   * sorts on disk instead of hashing: twice as slow as it needs to be.)
   */
  private static final String ALL_FACTS = SELECT + " group by org_type, country, phase, governance_mode, challenge_area, answer_value";

  /**
   * PostgreSQL: exactly the six groupings, hashed in one pass; a row's grouping is the one fact that is not
   * null (none: the overall distribution), since the facts themselves are never null.
   */
  private static final String GROUPING_SETS =
      SELECT + " group by grouping sets ((answer_value), (org_type, answer_value), (country, answer_value), (phase, answer_value),"
          + " (governance_mode, answer_value), (challenge_area, answer_value))";

  private OneScan() {}

  /** The counts {@code QuestionReports} protects, from one statement (closed questions other than a country question). */
  static QuestionCounts counts(Connection connection, String product, String campaignId, Question question) throws SQLException {
    Dimension[] dimensions = Dimension.values(); // the statement's first five columns, in this order
    List<Map<String, Map<String, long[]>>> groups = new ArrayList<>();
    for (int d = 0; d <= dimensions.length; d++) {
      groups.add(new TreeMap<>());
    }
    TreeSet<String> values = new TreeSet<>();
    boolean sets = product.equals("postgresql");
    try (PreparedStatement select = connection.prepareStatement(sets ? GROUPING_SETS : ALL_FACTS)) {
      select.setString(1, campaignId);
      select.setString(2, question.code());
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          String value = row.getString(6) == null ? "" : row.getString(6);
          long rows = row.getLong(7);
          long respondents = row.getLong(8);
          values.add(value);
          boolean grouped = false;
          for (int d = 0; d < dimensions.length; d++) {
            String group = row.getString(d + 1);
            if (group != null) {
              add(groups.get(d + 1), group, value, rows, respondents);
              grouped = true;
            }
          }
          if (!grouped || !sets) {
            add(groups.get(0), Breakdown.ALL, value, rows, respondents);
          }
        }
      }
    }
    connection.commit();
    groups.get(0).putIfAbsent(Breakdown.ALL, new LinkedHashMap<>());
    List<String> codes = new ArrayList<>(question.options().stream().map(Option::code).toList());
    if (question.otherSpecify()) {
      codes.add(Question.OTHER);
    }
    List<Breakdown> breakdowns = new ArrayList<>();
    for (int d = 0; d < dimensions.length; d++) {
      breakdowns.add(new ResultsStore.Grouped(groups.get(d + 1), values).breakdown(dimensions[d].apiName(), codes));
    }
    Optional<double[]> scores =
        question.type() == QuestionType.LIKERT ? Optional.of(java.util.stream.IntStream.rangeClosed(1, codes.size()).asDoubleStream().toArray()) : Optional.empty();
    return new QuestionCounts(codes, scores, new ResultsStore.Grouped(groups.get(0), values).breakdown(Breakdown.ALL, codes), breakdowns);
  }

  private static void add(Map<String, Map<String, long[]>> groups, String group, String value, long rows, long respondents) {
    long[] counts = groups.computeIfAbsent(group, g -> new LinkedHashMap<>()).computeIfAbsent(value, v -> new long[2]);
    counts[0] += rows;
    counts[1] += respondents;
  }
}
