package org.missionhub.plugin.evaluation.service;

import java.time.Clock;
import java.util.Objects;
import org.missionhub.plugin.roadmap.api.PortfolioInitiatives;
import org.missionhub.plugin.roadmap.api.PortfolioReviews;

/**
 * What the evaluation services take from the platform besides the request's scope: the clock, and the
 * roadmap plugin's services (the plugin requires the roadmap): its initiatives for the theory of change, its
 * review calendar for "learning forward".
 */
public record EvaluationContext(Clock clock, PortfolioInitiatives roadmap, PortfolioReviews reviews) {

  public EvaluationContext {
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(roadmap, "roadmap");
    Objects.requireNonNull(reviews, "reviews");
  }
}
