package org.missionhub.api.organisation;

import java.util.Objects;
import java.util.Optional;

/**
 * What a plugin may know of an organisation: what partners see of each other (contract 1.2.0), since
 * contract 1.7.0 the month its fiscal year starts in, and since 1.8.0 its IATI organisation identifier.
 *
 * @param country ISO 3166 alpha-2 code
 * @param fiscalYearStart the month its fiscal year starts in: 1 (January, the calendar year) to 12
 * @param iati the identifier it publishes under in IATI ({@code DK-CVR-20228799}), or null
 */
public record OrganisationFacts(OrganisationId id, String slug, String name, OrganisationType type, String country, int fiscalYearStart, String iati) {

  /** An organisation whose fiscal year is the calendar year (contract 1.6.0 and before). */
  public OrganisationFacts(OrganisationId id, String slug, String name, OrganisationType type, String country) {
    this(id, slug, name, type, country, 1, null);
  }

  /** An organisation without an IATI identifier (contract 1.7.0). */
  public OrganisationFacts(OrganisationId id, String slug, String name, OrganisationType type, String country, int fiscalYearStart) {
    this(id, slug, name, type, country, fiscalYearStart, null);
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

  /** The identifier it publishes under in IATI, if it has one (contract 1.8.0). */
  public Optional<String> iatiIdentifier() {
    return Optional.ofNullable(iati);
  }
}
