package org.missionhub.plugin.survey.ui;

import java.util.Locale;
import org.missionhub.plugin.survey.campaign.Campaign;
import org.missionhub.plugin.survey.results.CrossTabResult;
import org.missionhub.plugin.survey.results.QuestionResult;
import org.missionhub.plugin.survey.service.ResultsService;

/** Where a results view gets its numbers: one campaign's (or mission survey's) results, in the reader's language. */
interface ResultsSource {

  /** A question with every breakdown offered. */
  QuestionResult question(String code);

  CrossTabResult crossTab(String rows, String columns);

  /** A question within one group of one of its breakdowns ({@code <dimension>:<group>}). */
  QuestionResult filtered(String code, String filter);

  static ResultsSource of(ResultsService results, Campaign campaign, Locale locale) {
    return new ResultsSource() {
      @Override
      public QuestionResult question(String code) {
        return results.question(campaign, code, locale);
      }

      @Override
      public CrossTabResult crossTab(String rows, String columns) {
        return results.crossTab(campaign, rows, columns, locale);
      }

      @Override
      public QuestionResult filtered(String code, String filter) {
        return results.filtered(campaign, code, filter, locale);
      }
    };
  }
}
