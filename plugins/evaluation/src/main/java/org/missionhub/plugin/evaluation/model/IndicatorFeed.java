package org.missionhub.plugin.evaluation.model;

import java.util.Objects;

/**
 * Where an indicator's values come from besides people reporting them: a figure of the mission's surveys
 * ({@code SURVEY}: the instrument's code, the question, the option whose share of respondents it is, or
 * none for the mean) or, once the funding plugin gives figures, of its funding ({@code FUNDING}).
 */
public record IndicatorFeed(String indicatorId, Kind kind, String source, String question, String option, long revision) {

  /** What feeds the indicator. */
  public enum Kind {
    SURVEY,
    /** Reserved for the funding plugin's figures (committed, disbursed ...): the seam, not yet fed. */
    FUNDING
  }

  public IndicatorFeed {
    Objects.requireNonNull(indicatorId, "indicatorId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(question, "question");
  }
}
