package org.missionhub.plugin.evaluation.service;

import org.missionhub.api.mission.MissionId;
import org.missionhub.api.organisation.OrganisationId;
import org.missionhub.plugin.evaluation.api.FigureProvider;
import org.missionhub.plugin.evaluation.api.IndicatorFigures;
import org.missionhub.plugin.evaluation.feed.FeedSources;
import org.missionhub.plugin.evaluation.feed.OfferedFeedSource;
import org.missionhub.plugin.evaluation.model.IndicatorFeed;

/** The exported {@link IndicatorFigures}: offered sources join the feeds; a change writes the fed indicators again. */
public final class OfferedFigures implements IndicatorFigures {

  private final FeedSources sources;
  private final FeedEvents events;

  public OfferedFigures(FeedSources sources, FeedEvents events) {
    this.sources = sources;
    this.events = events;
  }

  @Override
  public void offer(FigureProvider provider) {
    sources.put(new OfferedFeedSource(provider));
  }

  @Override
  public void changed(String kind, OrganisationId organisation, MissionId mission) {
    sources.of(IndicatorFeed.Kind.valueOf(kind)).ifPresent(source -> events.changed(source, organisation, mission));
  }
}
