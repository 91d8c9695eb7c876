package org.missionhub.plugin.survey.api;

import java.time.OffsetDateTime;
import java.util.Objects;
import org.missionhub.api.event.MissionEvent;
import org.missionhub.api.mission.MissionId;
import org.missionhub.api.organisation.OrganisationId;

/**
 * A mission survey's results were published (survey 0.5.0), by the organisation named: its figures are
 * now in {@link MissionSurveyFigures#figures}.
 */
public record MissionSurveyPublished(OrganisationId organisationId, MissionId missionId, String surveyId, String instrument, OffsetDateTime occurredAt) implements MissionEvent {

  public MissionSurveyPublished {
    Objects.requireNonNull(organisationId, "organisationId");
    Objects.requireNonNull(missionId, "missionId");
    Objects.requireNonNull(surveyId, "surveyId");
    Objects.requireNonNull(instrument, "instrument");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
