package org.missionhub.api.event;

import java.time.OffsetDateTime;
import java.util.Objects;
import org.missionhub.api.mission.MissionId;
import org.missionhub.api.mission.MissionRole;
import org.missionhub.api.organisation.OrganisationId;

/**
 * A person was given a role in a mission; {@code organisationId} is the organisation they hold it through,
 * {@code subject} their identity-provider subject (contract 1.3.0).
 */
public record RoleAssigned(
    OrganisationId organisationId, MissionId missionId, String subject, MissionRole role, OffsetDateTime occurredAt)
    implements MissionEvent {

  public RoleAssigned {
    Objects.requireNonNull(organisationId, "organisationId");
    Objects.requireNonNull(missionId, "missionId");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
