package org.missionhub.api.event;

import java.time.OffsetDateTime;
import java.util.Objects;
import org.missionhub.api.mission.MissionId;
import org.missionhub.api.mission.MissionRole;
import org.missionhub.api.organisation.OrganisationId;

/**
 * A person's role in a mission was taken away (by someone who assigns roles, or because their partner
 * organisation left); {@code organisationId} is the organisation they held it through (contract 1.3.0).
 */
public record RoleRemoved(
    OrganisationId organisationId, MissionId missionId, String subject, MissionRole role, OffsetDateTime occurredAt)
    implements MissionEvent {

  public RoleRemoved {
    Objects.requireNonNull(organisationId, "organisationId");
    Objects.requireNonNull(missionId, "missionId");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
