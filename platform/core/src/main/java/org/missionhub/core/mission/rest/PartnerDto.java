package org.missionhub.core.mission.rest;

import java.time.OffsetDateTime;
import org.missionhub.api.mission.PartnerStatus;
import org.missionhub.core.mission.domain.MissionPartner;
import org.missionhub.core.organisation.rest.OrganisationRefDto;

/** JSON shape of a mission's partnership with an organisation. */
public record PartnerDto(
    OrganisationRefDto organisation,
    PartnerStatus status,
    OffsetDateTime invitedAt,
    OffsetDateTime respondedAt,
    long version) {

  public static PartnerDto from(MissionPartner p) {
    return new PartnerDto(OrganisationRefDto.from(p.organisation()), p.status(), p.invitedAt(), p.respondedAt(), p.version());
  }
}
