package org.missionhub.api.event;

import java.time.OffsetDateTime;
import java.util.Objects;
import org.missionhub.api.mission.MissionId;
import org.missionhub.api.organisation.OrganisationId;

/**
 * A decision of a mission was adopted (a gate decision also changes the phase: {@link
 * MissionPhaseChanged}); {@code organisationId} is the mission's lead (contract 1.3.0).
 */
public record DecisionAdopted(
    OrganisationId organisationId, MissionId missionId, String decisionId, boolean gateDecision, OffsetDateTime occurredAt)
    implements MissionEvent {

  public DecisionAdopted {
    Objects.requireNonNull(organisationId, "organisationId");
    Objects.requireNonNull(missionId, "missionId");
    Objects.requireNonNull(decisionId, "decisionId");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
