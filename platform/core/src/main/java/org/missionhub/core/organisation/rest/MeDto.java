package org.missionhub.core.organisation.rest;

import java.util.List;
import java.util.Set;
import org.missionhub.api.organisation.OrganisationRole;
import org.missionhub.api.organisation.OrganisationStatus;
import org.missionhub.api.organisation.OrganisationType;
import org.missionhub.core.security.PlatformRole;

/** JSON shape of {@code GET /api/v1/me}. */
public record MeDto(
    String subject,
    String displayName,
    String email,
    Set<PlatformRole> platformRoles,
    List<MyOrganisationDto> organisations) {

  /** One organisation the caller works in. */
  public record MyOrganisationDto(
      String slug, String name, OrganisationType type, String country, OrganisationStatus status, OrganisationRole role) {}
}
