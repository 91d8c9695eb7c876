package org.missionhub.api.event;

import java.time.OffsetDateTime;
import java.util.Objects;
import org.missionhub.api.mission.MissionId;
import org.missionhub.api.organisation.OrganisationId;

/**
 * A proposed decision of a mission was rejected; {@code organisationId} is the mission's lead. (contract
 * 1.3.0).
 */
public record DecisionRejected(
    OrganisationId organisationId, MissionId missionId, String decisionId, boolean gateDecision, OffsetDateTime occurredAt)
    implements MissionEvent {

  public DecisionRejected {
    Objects.requireNonNull(organisationId, "organisationId");
    Objects.requireNonNull(missionId, "missionId");
    Objects.requireNonNull(decisionId, "decisionId");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
