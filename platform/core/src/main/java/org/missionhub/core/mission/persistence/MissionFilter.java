package org.missionhub.core.mission.persistence;

import java.util.Optional;
import org.missionhub.api.mission.ChallengeArea;
import org.missionhub.api.mission.GovernanceMode;
import org.missionhub.api.mission.MissionPhase;

/**
 * Filters of the missions list.
 *
 * @param text matched case-insensitively against title and statement
 * @param relation LEAD (missions the organisation leads), PARTNER (missions it is an accepted partner of)
 *     or empty for both
 */
public record MissionFilter(
    Optional<MissionPhase> phase,
    Optional<GovernanceMode> governanceMode,
    Optional<ChallengeArea> challengeArea,
    Optional<String> text,
    Optional<Relation> relation,
    boolean includeArchived) {

  public static MissionFilter none() {
    return new MissionFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false);
  }

  /** How the organisation relates to a mission. */
  public enum Relation {
    LEAD,
    PARTNER
  }
}
