package org.missionhub.core.organisation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.missionhub.api.organisation.OrganisationId;
import org.missionhub.api.organisation.OrganisationStatus;
import org.missionhub.api.organisation.OrganisationType;
import org.missionhub.api.organisation.Sector;
import org.missionhub.core.audit.AuditedEntity;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.shared.CountryCode;
import org.missionhub.core.shared.Slug;

/**
 * An organisation taking part in missions: a tenant of MissionHub. Its slug names it in URLs and never
 * changes; only ACTIVE organisations can be worked in.
 */
@Entity
@Table(name = "organisation")
public class Organisation extends AuditedEntity {

  @Id
  @Column(length = 36)
  private String id;

  @Column(nullable = false, unique = true, length = 63)
  private String slug;

  @Column(nullable = false, length = 200)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "org_type", nullable = false, length = 40)
  private OrganisationType type;

  @Column(nullable = false, length = 2)
  private String country;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private OrganisationStatus status;

  /** The month its fiscal year starts in, 1 (January: the calendar year) to 12. */
  @Column(name = "fiscal_year_start", nullable = false)
  private int fiscalYearStart = 1;

  /** The identifier it publishes under in IATI ({@code DK-CVR-20228799}), if it has one. */
  @Column(name = "iati_identifier", length = 100)
  private String iatiIdentifier;

  /** What it works in: a NACE section or a COFOG division ({@link Sector}), if its profile says. */
  @Column(name = "sector", length = 20)
  @Enumerated(EnumType.STRING)
  private Sector sector;

  @Column(name = "web_domain", length = 253)
  private String webDomain;

  /** Id of the identity provider's organisation (a Keycloak Organization whose alias is the slug). */
  @Column(name = "idp_id", length = 36)
  private String identityProviderId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version private long version;

  protected Organisation() {}

  public Organisation(
      String slug,
      String name,
      OrganisationType type,
      String country,
      OrganisationStatus status,
      OffsetDateTime now) {
    if (!Slug.isValid(slug)) {
      throw ApplicationException.invalid("slug", Slug.RULE);
    }
    this.id = OrganisationId.random().toString();
    this.slug = slug;
    this.status = Objects.requireNonNull(status, "status");
    this.createdAt = Objects.requireNonNull(now, "now");
    updateProfile(name, type, country, now);
  }

  public void updateProfile(String name, OrganisationType type, String country, OffsetDateTime now) {
    if (name == null || name.isBlank()) {
      throw ApplicationException.invalid("name", "must not be blank");
    }
    if (!CountryCode.Validator.isValid(country)) {
      throw ApplicationException.invalid("country", "must be an ISO 3166-1 alpha-2 country code such as DK or FR");
    }
    this.name = name.strip();
    this.type = Objects.requireNonNull(type, "type");
    this.country = country;
    this.updatedAt = now;
  }

  /** The month its fiscal year starts in (1 = January); budgets and yearly periods follow it. */
  public void changeFiscalYearStart(int month, OffsetDateTime now) {
    if (month < 1 || month > 12) {
      throw ApplicationException.invalid("fiscalYearStart", "must be a month from 1 (January) to 12 (December)");
    }
    this.fiscalYearStart = month;
    this.updatedAt = now;
  }

  public int fiscalYearStart() {
    return fiscalYearStart;
  }

  /** The IATI organisation identifier (checked by the profile's rules); blank removes it. */
  public void changeIatiIdentifier(String identifier, OffsetDateTime now) {
    this.iatiIdentifier = identifier == null || identifier.isBlank() ? null : identifier.strip();
    this.updatedAt = now;
  }

  public Optional<String> iatiIdentifier() {
    return Optional.ofNullable(iatiIdentifier);
  }

  /** Its sector; null removes it. */
  public void changeSector(Sector given, OffsetDateTime now) {
    this.sector = given;
    this.updatedAt = now;
  }

  public Optional<Sector> sector() {
    return Optional.ofNullable(sector);
  }

  public void recordWebDomain(String domain) {
    this.webDomain = domain == null || domain.isBlank() ? null : domain.strip().toLowerCase(Locale.ROOT);
  }

  /** Links this organisation to the identity provider's organisation of the same slug. */
  public void linkIdentityProvider(String id) {
    this.identityProviderId = Objects.requireNonNull(id, "id");
  }

  public void changeStatus(OrganisationStatus newStatus, OffsetDateTime now) {
    Objects.requireNonNull(newStatus, "newStatus");
    if (status == OrganisationStatus.ERASED || newStatus == OrganisationStatus.ERASED) {
      throw ApplicationException.conflict(
          status == OrganisationStatus.ERASED ? "The organisation was erased" : "An organisation is erased through its erasure, which says what happens to its data");
    }
    if (newStatus == OrganisationStatus.PENDING && status != OrganisationStatus.PENDING) {
      throw ApplicationException.conflict("An organisation that was approved cannot become pending again");
    }
    this.status = newStatus;
    this.updatedAt = now;
  }

  /**
   * The organisation leaves MissionHub: what stays is a nameless tombstone (type and country, which its
   * kept survey aggregates are broken down by), so that rows others keep still point at something. Its
   * slug becomes {@code erased-<first 8 characters of the id>} and is free for another organisation.
   * Only a suspended organisation is erased; erasing an erased one again changes nothing.
   */
  public void erase(OffsetDateTime now) {
    if (status == OrganisationStatus.ERASED) {
      return;
    }
    if (status != OrganisationStatus.SUSPENDED) {
      throw ApplicationException.conflict("Suspend the organisation before erasing it: its people lose access first");
    }
    this.status = OrganisationStatus.ERASED;
    this.slug = tombstoneSlug(id());
    this.name = "Erased organisation " + id.substring(0, 8);
    this.webDomain = null;
    this.identityProviderId = null;
    this.updatedAt = now;
  }

  /** The slug an organisation has once erased. */
  public static String tombstoneSlug(OrganisationId id) {
    return "erased-" + id.toString().substring(0, 8);
  }

  public OrganisationId id() {
    return OrganisationId.of(id);
  }

  public String slug() {
    return slug;
  }

  public String name() {
    return name;
  }

  public OrganisationType type() {
    return type;
  }

  public String country() {
    return country;
  }

  public OrganisationStatus status() {
    return status;
  }

  public String webDomain() {
    return webDomain;
  }

  public Optional<String> identityProviderId() {
    return Optional.ofNullable(identityProviderId);
  }

  public boolean isActive() {
    return status == OrganisationStatus.ACTIVE;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }

  @Override
  protected String auditType() {
    return "organisation";
  }

  @Override
  protected String auditId() {
    return id;
  }

  @Override
  protected Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("slug", slug);
    state.put("name", name);
    state.put("type", type);
    state.put("country", country);
    state.put("status", status);
    state.put("webDomain", webDomain);
    return state;
  }
}
