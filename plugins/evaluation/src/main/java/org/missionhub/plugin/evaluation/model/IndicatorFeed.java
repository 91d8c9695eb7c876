package org.missionhub.plugin.evaluation.model;

import java.util.Objects;

/**
 * Where an indicator's values come from besides people reporting them: a figure of the mission's surveys
 * ({@code SURVEY}: the instrument's code, the question, the option whose share of respondents it is, or
 * none for the mean) or of its funding plan ({@code FUNDING}: the mission or an initiative, the stage, the
 * amount to date in the mission's currency, as the funding plugin offers them).
 */
public record IndicatorFeed(String indicatorId, Kind kind, String source, String question, String option, long revision) {

  /** What feeds the indicator. */
  public enum Kind {
    SURVEY,
    /** The funding plugin's money to date (committed, disbursed, spent), for the mission or an initiative. */
    FUNDING
  }

  public IndicatorFeed {
    Objects.requireNonNull(indicatorId, "indicatorId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(question, "question");
  }
}
