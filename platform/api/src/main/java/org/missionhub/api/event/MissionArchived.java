package org.missionhub.api.event;

import java.time.OffsetDateTime;
import java.util.Objects;
import org.missionhub.api.mission.MissionId;
import org.missionhub.api.organisation.OrganisationId;

/**
 * A mission was archived: it stays readable and changes no more; {@code organisationId} is its lead.
 * (contract 1.3.0).
 */
public record MissionArchived(
    OrganisationId organisationId, MissionId missionId, OffsetDateTime occurredAt)
    implements MissionEvent {

  public MissionArchived {
    Objects.requireNonNull(organisationId, "organisationId");
    Objects.requireNonNull(missionId, "missionId");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
