package org.missionhub.core.organisation.rest;

import java.time.OffsetDateTime;
import org.missionhub.api.organisation.OrganisationStatus;
import org.missionhub.api.organisation.OrganisationType;
import org.missionhub.api.organisation.Sector;
import org.missionhub.core.organisation.domain.Organisation;

/** JSON shape of an organisation. */
public record OrganisationDto(
    String id,
    String slug,
    String name,
    OrganisationType type,
    String country,
    int fiscalYearStart,
    String iatiIdentifier,
    Sector sector,
    OrganisationStatus status,
    OffsetDateTime createdAt,
    long version) {

  public static OrganisationDto from(Organisation o) {
    return new OrganisationDto(
        o.id().toString(), o.slug(), o.name(), o.type(), o.country(), o.fiscalYearStart(), o.iatiIdentifier().orElse(null), o.sector().orElse(null), o.status(), o.createdAt(), o.version());
  }
}
