package org.missionhub.plugin.evaluation.feed;

import java.util.List;
import java.util.Locale;
import org.missionhub.api.mission.MissionId;
import org.missionhub.api.organisation.OrganisationId;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.plugin.evaluation.model.IndicatorFeed;
import org.missionhub.plugin.survey.api.FigureSource;
import org.missionhub.api.plugin.PluginContext;
import org.missionhub.plugin.survey.api.MissionSurveyFigures;
import org.missionhub.plugin.survey.api.MissionSurveyPublished;
import org.missionhub.plugin.survey.api.SurveyFigure;

/**
 * Figures of the mission's own surveys (the survey plugin's exported {@link MissionSurveyFigures}): every
 * survey run on the instrument whose results are published gives a value for the period it closed in.
 */
public final class SurveyFeedSource implements FeedSource {

  private final MissionSurveyFigures surveys;

  public SurveyFeedSource(MissionSurveyFigures surveys) {
    this.surveys = surveys;
  }

  @Override
  public IndicatorFeed.Kind kind() {
    return IndicatorFeed.Kind.SURVEY;
  }

  @Override
  public List<FeedChoice> choices(MissionScope scope, Locale locale) {
    MissionId mission = scope.missionId();
    return surveys.sources(mission, locale).stream()
        .map(s -> new FeedChoice(kind(), s.instrument(), s.question(), s.option(), s.measure().name(), s.label()))
        .toList();
  }

  @Override
  public List<FedFigure> figures(OrganisationId reader, MissionId mission, IndicatorFeed feed) {
    return surveys.figures(mission, feed.source(), feed.question(), feed.option()).stream().map(f -> figure(f, feed)).toList();
  }

  private static FedFigure figure(SurveyFigure f, IndicatorFeed feed) {
    String what = feed.option() == null ? "mean of " + feed.question() : "% choosing " + feed.option() + " in " + feed.question();
    String source = "Survey \u201c" + f.surveyTitle() + "\u201d closed " + f.closedOn() + ": " + what + f.respondents().map(n -> ", " + n + " respondents").orElse("");
    return new FedFigure(f.closedOn(), f.value(), source.length() > 500 ? source.substring(0, 500) : source, "survey:" + f.surveyId(), "Survey: " + f.surveyTitle());
  }

  /** The instrument of a survey whose results were published, if the event says so. */
  public static java.util.Optional<String> publishedInstrument(Object event) {
    return event instanceof MissionSurveyPublished published ? java.util.Optional.of(published.instrument()) : java.util.Optional.empty();
  }

  /**
   * The survey plugin's figures as a source, when it is installed and active: none otherwise, also for a
   * drop-in evaluation plugin whose loader lacks the survey's classes.
   */
  public static java.util.Optional<FeedSource> of(PluginContext context) {
    try {
      return context.optionalService(MissionSurveyFigures.class).map(SurveyFeedSource::new);
    } catch (NoClassDefFoundError absent) {
      return java.util.Optional.empty();
    }
  }
}
