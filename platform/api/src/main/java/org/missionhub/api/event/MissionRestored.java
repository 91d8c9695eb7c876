package org.missionhub.api.event;

import java.time.OffsetDateTime;
import java.util.Objects;
import org.missionhub.api.mission.MissionId;
import org.missionhub.api.organisation.OrganisationId;

/**
 * An archived mission was restored and can change again; {@code organisationId} is its lead. (contract
 * 1.3.0).
 */
public record MissionRestored(
    OrganisationId organisationId, MissionId missionId, OffsetDateTime occurredAt)
    implements MissionEvent {

  public MissionRestored {
    Objects.requireNonNull(organisationId, "organisationId");
    Objects.requireNonNull(missionId, "missionId");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
