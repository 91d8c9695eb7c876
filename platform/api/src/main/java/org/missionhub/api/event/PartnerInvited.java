package org.missionhub.api.event;

import java.time.OffsetDateTime;
import java.util.Objects;
import org.missionhub.api.mission.MissionId;
import org.missionhub.api.organisation.OrganisationId;

/**
 * An organisation was invited to co-manage a mission; {@code organisationId} is the invited organisation.
 * (contract 1.3.0).
 */
public record PartnerInvited(
    OrganisationId organisationId, MissionId missionId, OffsetDateTime occurredAt)
    implements MissionEvent {

  public PartnerInvited {
    Objects.requireNonNull(organisationId, "organisationId");
    Objects.requireNonNull(missionId, "missionId");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
