package org.missionhub.core.organisation.rest;

import org.missionhub.api.organisation.OrganisationType;
import org.missionhub.core.organisation.domain.Organisation;

/** An organisation as other organisations see it: no status, no members. */
public record OrganisationRefDto(String slug, String name, OrganisationType type, String country) {

  public static OrganisationRefDto from(Organisation o) {
    return new OrganisationRefDto(o.slug(), o.name(), o.type(), o.country());
  }
}
