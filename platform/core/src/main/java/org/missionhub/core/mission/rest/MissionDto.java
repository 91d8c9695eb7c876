package org.missionhub.core.mission.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import org.missionhub.api.mission.ChallengeArea;
import org.missionhub.api.mission.GovernanceMode;
import org.missionhub.api.mission.MissionPhase;
import org.missionhub.api.mission.MissionRole;
import org.missionhub.core.mission.application.MissionAccess;
import org.missionhub.core.mission.domain.Mission;
import org.missionhub.core.organisation.rest.OrganisationRefDto;
import org.missionhub.core.security.MissionPermission;

/**
 * JSON shape of one mission, with what the caller may do in it ({@code myRoles}, {@code myPermissions}) so
 * that clients offer only allowed actions.
 */
public record MissionDto(
    String id,
    String title,
    String statement,
    ChallengeArea challengeArea,
    String targetStatement,
    boolean targetMeasurable,
    LocalDate startDate,
    LocalDate endDate,
    GovernanceMode governanceMode,
    MissionPhase phase,
    OrganisationRefDto lead,
    boolean archived,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    long version,
    Set<MissionRole> myRoles,
    Set<MissionPermission> myPermissions) {

  public static MissionDto from(MissionAccess access) {
    return from(access.mission(), access.roles(), access.permissions());
  }

  public static MissionDto from(Mission m, Set<MissionRole> roles, Set<MissionPermission> permissions) {
    return new MissionDto(
        m.id().toString(),
        m.title(),
        m.statement(),
        m.challengeArea(),
        m.targetStatement(),
        m.targetMeasurable(),
        m.startDate(),
        m.endDate(),
        m.governanceMode(),
        m.phase(),
        OrganisationRefDto.from(m.lead()),
        m.isArchived(),
        m.createdAt(),
        m.updatedAt(),
        m.version(),
        roles,
        permissions);
  }
}
