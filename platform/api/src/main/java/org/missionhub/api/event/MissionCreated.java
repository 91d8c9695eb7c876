package org.missionhub.api.event;

import java.time.OffsetDateTime;
import java.util.Objects;
import org.missionhub.api.mission.MissionId;
import org.missionhub.api.organisation.OrganisationId;

/** A mission was created; {@code organisationId} is its lead organisation. */
public record MissionCreated(OrganisationId organisationId, MissionId missionId, OffsetDateTime occurredAt)
    implements MissionEvent {

  public MissionCreated {
    Objects.requireNonNull(organisationId, "organisationId");
    Objects.requireNonNull(missionId, "missionId");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
