package org.missionhub.plugin.survey.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The change of a question's published results from one wave to the next. Computed from the two published
 * results only, never from counts: a change is given where both waves publish the number, and withheld
 * where either withholds it, since a change next to the other wave's published share would give the
 * withheld one away (an organisation alone in its group in the second wave). Pooled groups ("other
 * groups") are not compared: the pools of two waves may hold different groups. Categories and groups are
 * matched by code; those only one wave has are left out.
 */
public final class WaveChanges {

  private WaveChanges() {}

  public static List<WaveComparison.ChangeTable> between(QuestionResult earlier, QuestionResult later) {
    if (earlier.withheld() || later.withheld() || earlier.overall() == null || later.overall() == null) {
      return List.of();
    }
    Map<String, QuestionResult.Table> before = tables(earlier).collect(Collectors.toMap(QuestionResult.Table::by, Function.identity(), (a, b) -> a));
    List<WaveComparison.ChangeTable> changes = new ArrayList<>();
    tables(later).forEach(after -> {
      QuestionResult.Table then = before.get(after.by());
      if (then != null) {
        List<WaveComparison.ChangeRow> rows = rows(then, after);
        if (!rows.isEmpty()) {
          changes.add(new WaveComparison.ChangeTable(after.by(), rows));
        }
      }
    });
    return changes;
  }

  private static Stream<QuestionResult.Table> tables(QuestionResult result) {
    return Stream.concat(Stream.of(result.overall()), result.breakdowns().stream());
  }

  private static List<WaveComparison.ChangeRow> rows(QuestionResult.Table then, QuestionResult.Table now) {
    List<WaveComparison.ChangeRow> rows = new ArrayList<>();
    for (QuestionResult.Row after : now.rows()) {
      if (Pooling.OTHER.equals(after.group())) {
        continue;
      }
      then.rows().stream().filter(r -> r.group().equals(after.group())).findFirst()
          .ifPresent(before -> rows.add(new WaveComparison.ChangeRow(after.group(), cells(before, after), difference(before.mean(), after.mean()), difference(before.median(), after.median()))));
    }
    return rows;
  }

  private static List<WaveComparison.Change> cells(QuestionResult.Row before, QuestionResult.Row after) {
    Map<String, QuestionResult.Cell> then = before.cells().stream().collect(Collectors.toMap(QuestionResult.Cell::category, Function.identity(), (a, b) -> a));
    List<WaveComparison.Change> changes = new ArrayList<>();
    for (QuestionResult.Cell now : after.cells()) {
      QuestionResult.Cell earlier = then.get(now.category());
      if (earlier == null) {
        continue;
      }
      Optional<Double> points = Optional.empty();
      if (!earlier.withheld() && !now.withheld()) {
        points = Optional.ofNullable(difference(earlier.percentOfRespondents(), now.percentOfRespondents()));
      }
      changes.add(new WaveComparison.Change(now.category(), points.orElse(null), points.isEmpty()));
    }
    return changes;
  }

  /** {@code after - before} to two places, null unless both are published. */
  private static Double difference(Double before, Double after) {
    if (before == null || after == null) {
      return null;
    }
    return Math.round((after - before) * 100) / 100.0;
  }
}
