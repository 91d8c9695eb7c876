package org.missionhub.core.security;

import java.util.Objects;
import org.missionhub.api.organisation.OrganisationId;
import org.missionhub.api.organisation.OrganisationRole;

/** The organisation a request works in, and the caller's role there. Set once per request. */
public record OrganisationContext(OrganisationId id, String slug, OrganisationRole role) {

  public OrganisationContext {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(role, "role");
  }

  public boolean isAdmin() {
    return role == OrganisationRole.ORG_ADMIN;
  }
}
