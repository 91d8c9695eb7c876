package org.missionhub.plugin.evaluation.feed;

import java.util.Objects;
import org.missionhub.plugin.evaluation.model.IndicatorFeed;

/** A figure a source offers to feed an indicator, labelled for people ("Q3 · Do you know where to get help? · % Yes"). */
public record FeedChoice(IndicatorFeed.Kind kind, String source, String question, String option, String measure, String label) {

  public FeedChoice {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(label, "label");
  }

  public boolean offers(IndicatorFeed feed) {
    return kind == feed.kind() && source.equals(feed.source()) && question.equals(feed.question()) && Objects.equals(option, feed.option());
  }
}
