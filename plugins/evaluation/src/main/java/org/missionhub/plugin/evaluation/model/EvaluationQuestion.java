package org.missionhub.plugin.evaluation.model;

import java.util.List;
import java.util.Objects;

/** A question the mission's evaluation answers, the DAC criterion it addresses and the indicators that answer it. */
public record EvaluationQuestion(String id, int position, String text, DacCriterion criterion, List<String> indicatorIds) {

  public EvaluationQuestion {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(criterion, "criterion");
    indicatorIds = List.copyOf(indicatorIds);
  }
}
