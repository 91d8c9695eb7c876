package org.missionhub.core.governance.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.missionhub.api.governance.DecisionStatus;
import org.missionhub.api.mission.MissionPhase;

/**
 * An entry of the decision log as a client writes it.
 *
 * @param status PROPOSED when empty
 * @param phaseTo set for a gate decision: adopting it moves the mission to this phase
 */
public record DecisionRecord(
    @NotBlank @Size(max = 200) String title,
    @Size(max = 4000) String rationale,
    @PastOrPresent LocalDate decidedOn,
    @Size(max = 200) String decidedBy,
    DecisionStatus status,
    MissionPhase phaseTo) {

  public DecisionStatus statusOrDefault() {
    return status == null ? DecisionStatus.PROPOSED : status;
  }
}
