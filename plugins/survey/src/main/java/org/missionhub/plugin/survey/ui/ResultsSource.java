package org.missionhub.plugin.survey.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.missionhub.plugin.survey.campaign.Campaign;
import org.missionhub.plugin.survey.results.CrossTabResult;
import org.missionhub.plugin.survey.results.QuestionResult;
import org.missionhub.plugin.survey.results.WaveComparison;
import org.missionhub.plugin.survey.service.ResultsService;
import org.missionhub.plugin.survey.service.WaveComparisons;

/** Where a results view gets its numbers: one campaign's (or mission survey's) results, in the reader's language. */
interface ResultsSource {

  /** A question with every breakdown offered. */
  QuestionResult question(String code);

  CrossTabResult crossTab(String rows, String columns);

  /** A question within one group of one of its breakdowns ({@code <dimension>:<group>}). */
  QuestionResult filtered(String code, String filter);

  /** Whether the campaign has waves to compare with (a benchmark campaign; a mission's own survey has none). */
  default boolean comparesWaves() {
    return false;
  }

  /** A question (or {@code <matrix>.<item>}) across the waves of the campaign's instrument. */
  default WaveComparison waves(String code) {
    throw new UnsupportedOperationException("no waves to compare");
  }

  /**
   * A campaign's results with its earlier waves among {@code candidates} (the benchmark campaigns, or the
   * mission's own surveys), as far as {@code readable} lets the reader see them.
   */
  static ResultsSource withWaves(ResultsService results, WaveComparisons waves, Campaign campaign, List<Campaign> candidates, Predicate<Campaign> readable, Locale locale) {
    ResultsSource one = of(results, campaign, locale);
    return new ResultsSource() {
      @Override
      public QuestionResult question(String code) {
        return one.question(code);
      }

      @Override
      public CrossTabResult crossTab(String rows, String columns) {
        return one.crossTab(rows, columns);
      }

      @Override
      public QuestionResult filtered(String code, String filter) {
        return one.filtered(code, filter);
      }

      @Override
      public boolean comparesWaves() {
        return true;
      }

      @Override
      public WaveComparison waves(String code) {
        return waves.compare(campaign, candidates, code, readable, locale);
      }
    };
  }

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
