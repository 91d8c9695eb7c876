package org.missionhub.api.governance;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import org.missionhub.api.mission.MissionPhase;

/**
 * An entry of a mission's decision log, as a plugin may read it (contract 1.3.0). A gate decision names the
 * phase it moves the mission from and to; it takes effect when ADOPTED.
 *
 * @param decidedOn the day the decision was taken; null while PROPOSED or when not recorded
 * @param phaseFrom the phase a gate decision moves the mission from; null for other decisions
 * @param phaseTo the phase a gate decision moves the mission to; null for other decisions
 */
public record DecisionFacts(
    String id,
    String title,
    DecisionStatus status,
    LocalDate decidedOn,
    MissionPhase phaseFrom,
    MissionPhase phaseTo,
    OffsetDateTime recordedAt) {

  public DecisionFacts {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(recordedAt, "recordedAt");
    if ((phaseFrom == null) != (phaseTo == null)) {
      throw new IllegalArgumentException("a gate decision names both phases, another decision neither");
    }
  }

  public boolean isGateDecision() {
    return phaseTo != null;
  }

  public Optional<LocalDate> decided() {
    return Optional.ofNullable(decidedOn);
  }
}
