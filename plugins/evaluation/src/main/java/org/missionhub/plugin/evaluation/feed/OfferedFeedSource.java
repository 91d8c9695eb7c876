package org.missionhub.plugin.evaluation.feed;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.missionhub.api.mission.MissionId;
import org.missionhub.api.organisation.OrganisationId;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.plugin.evaluation.api.FigureProvider;
import org.missionhub.plugin.evaluation.model.IndicatorFeed;

/** The figures a plugin using the evaluation plugin offered ({@link org.missionhub.plugin.evaluation.api.IndicatorFigures}). */
public final class OfferedFeedSource implements FeedSource {

  private final FigureProvider provider;
  private final IndicatorFeed.Kind kind;

  /** @throws IllegalArgumentException for a kind other than FUNDING (the survey's figures are asked for, not offered) */
  public OfferedFeedSource(FigureProvider provider) {
    this.provider = provider;
    this.kind = IndicatorFeed.Kind.valueOf(provider.kind());
    if (kind != IndicatorFeed.Kind.FUNDING) {
      throw new IllegalArgumentException("only funding figures are offered to the evaluation plugin, not " + provider.kind());
    }
  }

  @Override
  public IndicatorFeed.Kind kind() {
    return kind;
  }

  @Override
  public List<FeedChoice> choices(MissionScope mission, Locale locale) {
    return provider.offers(mission, locale).stream().map(o -> new FeedChoice(kind, o.source(), o.question(), o.option(), o.measure(), o.label())).toList();
  }

  @Override
  public List<FedFigure> figures(OrganisationId reader, MissionId mission, IndicatorFeed feed) {
    return provider.figures(reader, mission, feed.source(), feed.question(), feed.option()).stream()
        .map(f -> new FedFigure(f.measuredOn(), Optional.of(f.value()), f.source(), f.origin(), f.originName()))
        .toList();
  }
}
