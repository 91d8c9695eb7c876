package org.missionhub.plugin.survey.service;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.missionhub.api.mission.MissionId;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.survey.api.FigureSource;
import org.missionhub.plugin.survey.api.FigureSource.Measure;
import org.missionhub.plugin.survey.api.MissionSurveyFigures;
import org.missionhub.plugin.survey.api.SurveyFigure;
import org.missionhub.plugin.survey.campaign.Campaign;
import org.missionhub.plugin.survey.instrument.Instrument;
import org.missionhub.plugin.survey.instrument.Option;
import org.missionhub.plugin.survey.instrument.Question;
import org.missionhub.plugin.survey.instrument.QuestionType;
import org.missionhub.plugin.survey.results.QuestionResult;
import org.missionhub.plugin.survey.store.CampaignStore;

/**
 * The mission surveys' figures for other plugins, read from the same results as the survey's own pages
 * (so under the same disclosure control, and from the same cache once a survey closed).
 */
public final class ExportedFigures implements MissionSurveyFigures {

  private final CampaignStore campaigns;
  private final ResultsService results;

  public ExportedFigures(CampaignStore campaigns, ResultsService results) {
    this.campaigns = campaigns;
    this.results = results;
  }

  @Override
  public List<FigureSource> sources(MissionId mission, Locale locale) {
    Map<String, FigureSource> sources = new LinkedHashMap<>();
    for (Campaign survey : campaigns.forMission(mission.toString())) {
      Instrument instrument = results.instrument(survey);
      for (Question q : instrument.questions()) {
        String code = survey.settings().instrumentOwner().figureName(instrument.code());
        String label = q.code() + " · " + q.label().in(locale);
        if (q.type() == QuestionType.SINGLE_CHOICE || q.type() == QuestionType.MULTIPLE_CHOICE || q.type() == QuestionType.LIKERT) {
          for (Option o : q.options()) {
            sources.putIfAbsent(code + "/" + q.code() + "/" + o.code(), new FigureSource(code, q.code(), o.code(), Measure.PERCENT, label + " · % " + o.label().in(locale)));
          }
        }
        if (q.type() == QuestionType.NUMBER || q.type() == QuestionType.LIKERT) {
          sources.putIfAbsent(code + "/" + q.code(), new FigureSource(code, q.code(), null, Measure.MEAN, label + " · mean"));
        }
      }
    }
    return List.copyOf(sources.values());
  }

  @Override
  public List<SurveyFigure> figures(MissionId mission, String instrument, String question, String option) {
    List<SurveyFigure> figures = new ArrayList<>();
    for (Campaign survey : campaigns.forMission(mission.toString())) {
      if (!survey.resultsPublished() || !survey.settings().instrumentOwner().figureName(survey.settings().instrumentCode()).equals(instrument)) {
        continue;
      }
      Optional<Question> asked = results.instrument(survey).question(question)
          .filter(q -> option == null ? q.type() == QuestionType.NUMBER || q.type() == QuestionType.LIKERT : q.option(option).isPresent());
      if (asked.isEmpty()) {
        continue;
      }
      QuestionResult result;
      try {
        result = results.question(survey, question, Locale.ENGLISH);
      } catch (PluginProblem notReported) {
        continue;
      }
      figures.add(new SurveyFigure(survey.id(), survey.settings().title(), survey.settings().closesAt().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate(),
          survey.resultsPublishedAt().orElseThrow(), Optional.ofNullable(result.respondents()), value(result, option)));
    }
    figures.sort(Comparator.comparing(SurveyFigure::closedOn));
    return figures;
  }

  /** The overall row's share choosing the option, or its mean; empty when withheld. */
  private static Optional<BigDecimal> value(QuestionResult result, String option) {
    if (result.withheld() || result.overall() == null || result.overall().rows().isEmpty()) {
      return Optional.empty();
    }
    QuestionResult.Row all = result.overall().rows().get(0);
    if (option == null) {
      return Optional.ofNullable(all.mean()).map(BigDecimal::valueOf);
    }
    return all.cells().stream().filter(c -> c.category().equals(option) && !c.withheld()).findFirst()
        .map(QuestionResult.Cell::percentOfRespondents).map(BigDecimal::valueOf);
  }
}
