package org.missionhub.plugin.survey.api;

import java.util.Objects;

/**
 * A figure a mission survey's question can give: on the survey's instrument (by its code, so that every
 * survey run on the instrument gives it; an organisation's own instrument as {@code <code>@<its id's first 8
 * characters>}, apart from an analysts' instrument or another organisation's of the same code), the question's code, and the option whose share of respondents it
 * is ({@link Measure#PERCENT}) or none for the mean ({@link Measure#MEAN}); labelled for people.
 */
public record FigureSource(String instrument, String question, String option, Measure measure, String label) {

  public FigureSource {
    Objects.requireNonNull(instrument, "instrument");
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(label, "label");
    if ((option == null) != (measure == Measure.MEAN)) {
      throw new IllegalArgumentException("a percent names its option, a mean none");
    }
  }

  /** What a figure measures. */
  public enum Measure {
    /** Share of the question's respondents who chose the option, 0-100. */
    PERCENT,
    /** Mean of the answers (a number question, or a scale scored 1 to n). */
    MEAN
  }
}
