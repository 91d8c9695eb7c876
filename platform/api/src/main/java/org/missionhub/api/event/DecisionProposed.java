package org.missionhub.api.event;

import java.time.OffsetDateTime;
import java.util.Objects;
import org.missionhub.api.mission.MissionId;
import org.missionhub.api.organisation.OrganisationId;

/**
 * A decision was proposed in a mission's log; {@code organisationId} is the mission's lead. (contract
 * 1.3.0).
 */
public record DecisionProposed(
    OrganisationId organisationId, MissionId missionId, String decisionId, boolean gateDecision, OffsetDateTime occurredAt)
    implements MissionEvent {

  public DecisionProposed {
    Objects.requireNonNull(organisationId, "organisationId");
    Objects.requireNonNull(missionId, "missionId");
    Objects.requireNonNull(decisionId, "decisionId");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
