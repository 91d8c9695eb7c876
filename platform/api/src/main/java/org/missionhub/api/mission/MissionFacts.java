package org.missionhub.api.mission;

import java.util.Objects;
import org.missionhub.api.organisation.OrganisationId;

/** What a plugin may know of a mission it is asked about (contract 1.2.0). */
public record MissionFacts(
    MissionId id, String title, OrganisationId lead, ChallengeArea challengeArea, GovernanceMode governanceMode, MissionPhase phase) {

  public MissionFacts {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(lead, "lead");
    Objects.requireNonNull(challengeArea, "challengeArea");
    Objects.requireNonNull(governanceMode, "governanceMode");
    Objects.requireNonNull(phase, "phase");
  }
}
