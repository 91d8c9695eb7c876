package org.missionhub.plugin.survey.api;

import java.util.List;
import java.util.Locale;
import org.missionhub.api.mission.MissionId;

/**
 * Figures of a mission's own surveys for other plugins (exported service, survey 0.5.0): what a question can
 * give (the share of respondents choosing an option, or the mean of a number or a scale), and what each
 * survey whose results are published gave, as the survey's own results show it, under its disclosure
 * control. The evaluation plugin feeds indicators from them. Thread-safe; works outside a request.
 */
public interface MissionSurveyFigures {

  /**
   * The figures the mission's surveys (in any state) can give, one per instrument, question and option,
   * labelled in {@code locale}; matrix questions are left out.
   */
  List<FigureSource> sources(MissionId mission, Locale locale);

  /**
   * The figure in each of the mission's surveys on {@code instrument} whose results are published, oldest
   * closing first; {@code option} null for the mean. A survey whose instrument lacks the question or option
   * is left out; a figure withheld by disclosure control has no value.
   */
  List<SurveyFigure> figures(MissionId mission, String instrument, String question, String option);
}
