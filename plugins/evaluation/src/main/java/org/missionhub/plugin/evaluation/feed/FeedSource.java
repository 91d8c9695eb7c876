package org.missionhub.plugin.evaluation.feed;

import java.util.List;
import java.util.Locale;
import org.missionhub.api.mission.MissionId;
import org.missionhub.api.organisation.OrganisationId;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.plugin.evaluation.model.IndicatorFeed;

/**
 * The seam through which other plugins' figures feed indicators: one source per kind. The survey plugin's is
 * {@link SurveyFeedSource}, built on the service it exports (the evaluation plugin {@code uses} it); the funding
 * plugin, which uses the evaluation plugin, offers its amounts through the exported
 * {@link org.missionhub.plugin.evaluation.api.IndicatorFigures} ({@link OfferedFeedSource}).
 */
public interface FeedSource {

  IndicatorFeed.Kind kind();

  /** The figures the mission's data can give, for the people of a request choosing one. */
  List<FeedChoice> choices(MissionScope mission, Locale locale);

  /** What the figure was each time it was measured, oldest first, as {@code reader} (taking part in the mission) sees it. */
  List<FedFigure> figures(OrganisationId reader, MissionId mission, IndicatorFeed feed);
}
