package org.missionhub.plugin.survey.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * What one published survey gave for a figure: the survey, the day it closed (when the figure was
 * measured), when its results were published, the respondents to the question and the value, empty when
 * disclosure control withholds it (too few respondents).
 */
public record SurveyFigure(String surveyId, String surveyTitle, LocalDate closedOn, OffsetDateTime publishedAt, Optional<Long> respondents, Optional<BigDecimal> value) {

  public SurveyFigure {
    Objects.requireNonNull(surveyId, "surveyId");
    Objects.requireNonNull(surveyTitle, "surveyTitle");
    Objects.requireNonNull(closedOn, "closedOn");
    Objects.requireNonNull(publishedAt, "publishedAt");
    Objects.requireNonNull(respondents, "respondents");
    Objects.requireNonNull(value, "value");
  }
}
