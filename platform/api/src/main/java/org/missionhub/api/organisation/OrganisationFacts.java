package org.missionhub.api.organisation;

import java.util.Objects;

/**
 * What a plugin may know of an organisation: what partners see of each other (contract 1.2.0).
 *
 * @param country ISO 3166 alpha-2 code
 */
public record OrganisationFacts(OrganisationId id, String slug, String name, OrganisationType type, String country) {

  public OrganisationFacts {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(country, "country");
  }
}
