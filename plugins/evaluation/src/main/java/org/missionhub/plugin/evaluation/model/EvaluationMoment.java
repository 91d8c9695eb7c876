package org.missionhub.plugin.evaluation.model;

import java.time.LocalDate;
import java.util.Objects;

/** A planned evaluation: a baseline study, a mid-term or final evaluation, or another review, by a date. */
public record EvaluationMoment(String id, MomentKind kind, String title, LocalDate due, boolean done) {

  public EvaluationMoment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(due, "due");
  }
}
