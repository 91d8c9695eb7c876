package org.missionhub.plugin.evaluation.service;

import java.time.Clock;
import java.util.Objects;
import org.missionhub.plugin.roadmap.api.PortfolioInitiatives;

/**
 * What the evaluation services take from the platform besides the request's scope: the clock, and the
 * roadmap plugin's initiatives (the plugin requires the roadmap) for the theory of change.
 */
public record EvaluationContext(Clock clock, PortfolioInitiatives roadmap) {

  public EvaluationContext {
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(roadmap, "roadmap");
  }
}
