package org.missionhub.plugin.survey.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.missionhub.plugin.survey.grouping.Breakdown;
import org.missionhub.plugin.survey.grouping.Dimension;
import org.missionhub.plugin.survey.store.ResultsStore.NumberSummary;
import org.missionhub.plugin.survey.store.ResultsStore;

/**
 * A number question's results: how many answered, the mean and the median, overall and per group. The
 * groups are those {@link Pooling} leaves for the answer counts: every group shown, and the pool of the
 * small ones, rests on at least the minimum of answers, so no published sum or median (nor the difference
 * of the overall sum and the groups shown) is about fewer people than that. Smallest and largest values are
 * never shown: they are one respondent's answer.
 */
final class NumberReports {

  private final ResultsStore store;

  NumberReports(ResultsStore store) {
    this.store = store;
  }

  QuestionResult report(String campaignId, int minimum, String code, String label, String type) {
    NumberSummary all = store.numbers(campaignId, code, Optional.empty(), List.of()).get(Breakdown.ALL);
    List<String> dimensions = java.util.Arrays.stream(Dimension.values()).map(Dimension::apiName).toList();
    if (all.answered() < minimum) {
      return new QuestionResult(code, label, type, null, true, List.of(), null, List.of(), dimensions, List.of());
    }
    List<QuestionResult.Table> breakdowns = new ArrayList<>();
    List<String> notOffered = new ArrayList<>();
    for (Dimension d : Dimension.values()) {
      Optional<QuestionResult.Table> table = breakdown(campaignId, minimum, code, d);
      table.ifPresentOrElse(breakdowns::add, () -> notOffered.add(d.apiName()));
    }
    QuestionResult.Table overall = new QuestionResult.Table(Breakdown.ALL, List.of(row(Breakdown.ALL, all)));
    return new QuestionResult(code, label, type, all.answered(), false, List.of(), overall, breakdowns, notOffered, List.of());
  }

  private Optional<QuestionResult.Table> breakdown(String campaignId, int minimum, String code, Dimension d) {
    Map<String, NumberSummary> groups = store.numbers(campaignId, code, Optional.of(d), List.of());
    List<String> names = new ArrayList<>(groups.keySet());
    long[] answered = names.stream().mapToLong(g -> groups.get(g).answered()).toArray();
    Breakdown pooled = Pooling.pool(new Breakdown(d.apiName(), names, answered, new long[names.size()][0]), minimum);
    if (pooled == null) {
      return Optional.empty();
    }
    List<QuestionResult.Row> rows = new ArrayList<>();
    for (String group : pooled.rows()) {
      if (group.equals(Pooling.OTHER)) {
        List<String> members = names.stream().filter(g -> !pooled.rows().contains(g)).toList();
        rows.add(row(Pooling.OTHER, store.numbers(campaignId, code, Optional.of(d), members).get(members.get(0))));
      } else {
        rows.add(row(group, groups.get(group)));
      }
    }
    return Optional.of(new QuestionResult.Table(d.apiName(), rows));
  }

  private static QuestionResult.Row row(String group, NumberSummary s) {
    return new QuestionResult.Row(group, s.answered(), s.answered(), List.of(), round(s.sum() / s.answered()), round(s.median()));
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
