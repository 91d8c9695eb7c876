package org.missionhub.api.event;

import java.time.OffsetDateTime;
import java.util.Objects;
import org.missionhub.api.mission.MissionId;
import org.missionhub.api.mission.MissionPhase;
import org.missionhub.api.organisation.OrganisationId;

/** A gate decision moved a mission from one phase to another. */
public record MissionPhaseChanged(
    OrganisationId organisationId,
    MissionId missionId,
    MissionPhase from,
    MissionPhase to,
    String decisionId,
    OffsetDateTime occurredAt)
    implements MissionEvent {

  public MissionPhaseChanged {
    Objects.requireNonNull(organisationId, "organisationId");
    Objects.requireNonNull(missionId, "missionId");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(decisionId, "decisionId");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
