package org.missionhub.core.mission.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.missionhub.api.mission.ChallengeArea;
import org.missionhub.api.mission.GovernanceMode;
import org.missionhub.api.mission.MissionPhase;
import org.missionhub.core.mission.application.MissionOverview;
import org.missionhub.core.mission.domain.Mission;
import org.missionhub.core.mission.domain.MissionHealth;
import org.missionhub.core.organisation.rest.OrganisationRefDto;

/** JSON shape of a mission in a list. */
public record MissionSummaryDto(
    String id,
    String title,
    ChallengeArea challengeArea,
    GovernanceMode governanceMode,
    MissionPhase phase,
    OrganisationRefDto lead,
    long acceptedPartners,
    MissionHealth.Status health,
    LocalDate startDate,
    LocalDate endDate,
    boolean archived,
    OffsetDateTime updatedAt,
    long version) {

  public static MissionSummaryDto from(MissionOverview overview) {
    Mission m = overview.mission();
    return new MissionSummaryDto(
        m.id().toString(),
        m.title(),
        m.challengeArea(),
        m.governanceMode(),
        m.phase(),
        OrganisationRefDto.from(m.lead()),
        overview.acceptedPartners(),
        overview.health().status(),
        m.startDate(),
        m.endDate(),
        m.isArchived(),
        m.updatedAt(),
        m.version());
  }
}
