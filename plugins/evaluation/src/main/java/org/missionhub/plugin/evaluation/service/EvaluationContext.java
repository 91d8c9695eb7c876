package org.missionhub.plugin.evaluation.service;

import java.time.Clock;
import java.util.Objects;

/** What the evaluation services take from the platform besides the request's scope. */
public record EvaluationContext(Clock clock) {

  public EvaluationContext {
    Objects.requireNonNull(clock, "clock");
  }
}
