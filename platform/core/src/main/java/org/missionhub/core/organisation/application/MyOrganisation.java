package org.missionhub.core.organisation.application;

import java.util.Objects;
import org.missionhub.api.organisation.OrganisationRole;
import org.missionhub.core.organisation.domain.Organisation;

/** One organisation the caller can work in, with their role there. */
public record MyOrganisation(Organisation organisation, OrganisationRole role) {

  public MyOrganisation {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(role, "role");
  }
}
