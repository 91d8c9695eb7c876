package org.missionhub.plugin.evaluation.service;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.missionhub.plugin.evaluation.feed.FeedSource;
import org.missionhub.plugin.evaluation.feed.FeedSources;
import org.missionhub.plugin.evaluation.model.IndicatorFeed;
import org.missionhub.plugin.roadmap.api.PortfolioInitiatives;
import org.missionhub.plugin.roadmap.api.PortfolioReviews;

/**
 * What the evaluation services take from the platform besides the request's scope: the clock, and the
 * roadmap plugin's services (the plugin requires the roadmap): its initiatives for the theory of change, its
 * review calendar for "learning forward"; and the sources that feed indicators (the survey plugin's figures
 * when it is installed).
 */
public record EvaluationContext(Clock clock, PortfolioInitiatives roadmap, PortfolioReviews reviews, FeedSources sources) {

  public EvaluationContext {
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(roadmap, "roadmap");
    Objects.requireNonNull(reviews, "reviews");
    Objects.requireNonNull(sources, "sources");
  }

  /** The sources of figures there are now (the survey's, and those offered since start-up). */
  public List<FeedSource> feeds() {
    return sources.all();
  }

  /** The source of a kind of feed, when the plugin giving its figures is installed. */
  public Optional<FeedSource> feed(IndicatorFeed.Kind kind) {
    return sources.of(kind);
  }
}
