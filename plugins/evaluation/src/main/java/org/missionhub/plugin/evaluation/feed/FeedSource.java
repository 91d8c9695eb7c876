package org.missionhub.plugin.evaluation.feed;

import java.util.List;
import java.util.Locale;
import org.missionhub.api.mission.MissionId;
import org.missionhub.plugin.evaluation.model.IndicatorFeed;

/**
 * The seam through which other plugins' figures feed indicators: one source per kind, built on that
 * plugin's exported service when it is installed ({@code uses} in the descriptor). The survey plugin's is
 * {@link SurveyFeedSource}; the funding plugin's will adapt its exported service the same way (its
 * committed or disbursed amounts per period), with nothing else of the evaluation plugin changing.
 */
public interface FeedSource {

  IndicatorFeed.Kind kind();

  /** The figures the mission's data can give. */
  List<FeedChoice> choices(MissionId mission, Locale locale);

  /** What the figure was each time it was measured, oldest first. */
  List<FedFigure> figures(MissionId mission, IndicatorFeed feed);
}
