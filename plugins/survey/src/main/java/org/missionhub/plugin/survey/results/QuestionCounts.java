package org.missionhub.plugin.survey.results;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.missionhub.plugin.survey.grouping.Breakdown;

/**
 * Everything counted for one closed question: its categories (option codes, in the instrument's order), the
 * overall distribution and one breakdown per dimension. {@code scores} are the categories' points on a
 * scale (1, 2, 3, ... for a Likert question), present when a mean is published.
 */
public record QuestionCounts(List<String> categories, Optional<double[]> scores, Breakdown overall, List<Breakdown> breakdowns) {

  public QuestionCounts {
    categories = List.copyOf(categories);
    Objects.requireNonNull(scores, "scores");
    Objects.requireNonNull(overall, "overall");
    breakdowns = List.copyOf(breakdowns);
    if (overall.rows().size() != 1) {
      throw new IllegalArgumentException("the overall distribution is one row");
    }
    if (scores.isPresent() && scores.get().length != categories.size()) {
      throw new IllegalArgumentException("a score per category");
    }
  }
}
