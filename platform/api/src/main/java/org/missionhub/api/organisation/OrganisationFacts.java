package org.missionhub.api.organisation;

import java.util.Objects;

/**
 * What a plugin may know of an organisation: what partners see of each other (contract 1.2.0), and since
 * contract 1.7.0 the month its fiscal year starts in.
 *
 * @param country ISO 3166 alpha-2 code
 * @param fiscalYearStart the month its fiscal year starts in: 1 (January, the calendar year) to 12
 */
public record OrganisationFacts(OrganisationId id, String slug, String name, OrganisationType type, String country, int fiscalYearStart) {

  /** An organisation whose fiscal year is the calendar year (contract 1.6.0 and before). */
  public OrganisationFacts(OrganisationId id, String slug, String name, OrganisationType type, String country) {
    this(id, slug, name, type, country, 1);
  }

  public OrganisationFacts {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(country, "country");
    if (fiscalYearStart < 1 || fiscalYearStart > 12) {
      throw new IllegalArgumentException("a fiscal year starts in a month from 1 to 12: " + fiscalYearStart);
    }
  }
}
