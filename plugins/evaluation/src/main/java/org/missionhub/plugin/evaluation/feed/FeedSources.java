package org.missionhub.plugin.evaluation.feed;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.missionhub.plugin.evaluation.model.IndicatorFeed;

/**
 * The sources feeding indicators: the survey's, known at start-up, and those other plugins offer when they start
 * (after this one). Read on every feed request, written a handful of times at start-up.
 */
public final class FeedSources {

  private final List<FeedSource> sources;

  public FeedSources(List<FeedSource> known) {
    this.sources = new CopyOnWriteArrayList<>(known);
  }

  public List<FeedSource> all() {
    return List.copyOf(sources);
  }

  public Optional<FeedSource> of(IndicatorFeed.Kind kind) {
    return sources.stream().filter(f -> f.kind() == kind).findFirst();
  }

  /** Adds a source, replacing one of the same kind. */
  public synchronized void put(FeedSource source) {
    sources.removeIf(f -> f.kind() == source.kind());
    sources.add(source);
  }
}
