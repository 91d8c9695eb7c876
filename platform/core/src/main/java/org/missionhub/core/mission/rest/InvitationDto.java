package org.missionhub.core.mission.rest;

import java.time.OffsetDateTime;
import org.missionhub.api.mission.ChallengeArea;
import org.missionhub.core.mission.domain.Mission;
import org.missionhub.core.mission.domain.MissionPartner;
import org.missionhub.core.organisation.rest.OrganisationRefDto;

/**
 * An open invitation to co-manage a mission, as the invited organisation sees it: enough to decide, not
 * the mission's records (those become visible on acceptance).
 */
public record InvitationDto(
    String missionId,
    String missionTitle,
    String missionStatement,
    ChallengeArea challengeArea,
    OrganisationRefDto lead,
    OffsetDateTime invitedAt,
    long version) {

  public static InvitationDto from(MissionPartner p) {
    Mission m = p.mission();
    return new InvitationDto(
        m.id().toString(), m.title(), m.statement(), m.challengeArea(), OrganisationRefDto.from(m.lead()), p.invitedAt(), p.version());
  }
}
