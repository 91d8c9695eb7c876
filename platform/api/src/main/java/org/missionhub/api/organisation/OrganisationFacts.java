package org.missionhub.api.organisation;

import java.util.Objects;
import java.util.Optional;

/**
 * What a plugin may know of an organisation: what partners see of each other (contract 1.2.0), since
 * contract 1.7.0 the month its fiscal year starts in, since 1.8.0 its IATI organisation identifier, and since 1.15.0
 * its sector.
 *
 * @param country ISO 3166 alpha-2 code
 * @param fiscalYearStart the month its fiscal year starts in: 1 (January, the calendar year) to 12
 * @param iati the identifier it publishes under in IATI ({@code DK-CVR-20228799}), or null
 * @param sector what it works in (a NACE section or COFOG division), or null when its profile does not say
 */
public record OrganisationFacts(OrganisationId id, String slug, String name, OrganisationType type, String country, int fiscalYearStart, String iati, Sector sector) {

  /** An organisation whose profile names no sector (contract 1.14.0). */
  public OrganisationFacts(OrganisationId id, String slug, String name, OrganisationType type, String country, int fiscalYearStart, String iati) {
    this(id, slug, name, type, country, fiscalYearStart, iati, null);
  }

  /** An organisation whose fiscal year is the calendar year (contract 1.6.0 and before). */
  public OrganisationFacts(OrganisationId id, String slug, String name, OrganisationType type, String country) {
    this(id, slug, name, type, country, 1, null, null);
  }

  /** An organisation without an IATI identifier (contract 1.7.0). */
  public OrganisationFacts(OrganisationId id, String slug, String name, OrganisationType type, String country, int fiscalYearStart) {
    this(id, slug, name, type, country, fiscalYearStart, null, null);
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

  /** What it works in, if its profile says (contract 1.15.0). */
  public Optional<Sector> sectorGiven() {
    return Optional.ofNullable(sector);
  }
}
