package org.missionhub.core.governance.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.missionhub.api.governance.DecisionStatus;
import org.missionhub.api.mission.MissionPhase;
import org.missionhub.core.governance.domain.Decision;

/** JSON shape of a decision log entry. */
public record DecisionDto(
    String id,
    String title,
    String rationale,
    LocalDate decidedOn,
    String decidedBy,
    DecisionStatus status,
    MissionPhase phaseFrom,
    MissionPhase phaseTo,
    String recordedBy,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    long version) {

  public static DecisionDto from(Decision d) {
    return new DecisionDto(
        d.id(), d.title(), d.rationale(), d.decidedOn(), d.decidedBy(), d.status(), d.phaseFrom(), d.phaseTo(),
        d.recordedBy(), d.createdAt(), d.updatedAt(), d.version());
  }
}
