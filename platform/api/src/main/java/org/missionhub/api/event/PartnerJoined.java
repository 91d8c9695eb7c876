package org.missionhub.api.event;

import java.time.OffsetDateTime;
import java.util.Objects;
import org.missionhub.api.mission.MissionId;
import org.missionhub.api.organisation.OrganisationId;

/** An invited organisation accepted to co-manage a mission; {@code organisationId} is the new partner. */
public record PartnerJoined(OrganisationId organisationId, MissionId missionId, OffsetDateTime occurredAt)
    implements MissionEvent {

  public PartnerJoined {
    Objects.requireNonNull(organisationId, "organisationId");
    Objects.requireNonNull(missionId, "missionId");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
