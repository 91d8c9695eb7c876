package org.missionhub.core.mission.rest;

import java.time.OffsetDateTime;
import org.missionhub.api.mission.MissionRole;
import org.missionhub.core.mission.domain.MissionRoleAssignment;
import org.missionhub.core.organisation.rest.OrganisationRefDto;

/** JSON shape of a person's mission role. */
public record RoleDto(
    String id,
    String subject,
    String displayName,
    OrganisationRefDto organisation,
    MissionRole role,
    OffsetDateTime assignedAt,
    long version) {

  public static RoleDto from(MissionRoleAssignment r) {
    return new RoleDto(
        r.id(),
        r.person().subject(),
        r.person().displayName(),
        OrganisationRefDto.from(r.organisation()),
        r.role(),
        r.assignedAt(),
        r.version());
  }
}
