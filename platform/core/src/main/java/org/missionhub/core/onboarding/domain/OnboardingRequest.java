package org.missionhub.core.onboarding.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.missionhub.api.organisation.OrganisationType;
import org.missionhub.core.organisation.domain.Organisation;
import org.missionhub.core.shared.ApplicationException;

/**
 * A request to bring an organisation onto MissionHub, from PENDING to APPROVED (with the organisation
 * created) or REJECTED (with a reason). It belongs to the person who asked, not to an organisation, and
 * keeps its own history: who decided, when and why.
 */
@Entity
@Table(name = "onboarding_request")
public class OnboardingRequest {

  /** Where a request stands. */
  public enum Status {
    PENDING,
    APPROVED,
    REJECTED
  }

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "requester_subject", nullable = false, updatable = false)
  private String requesterSubject;

  @Column(name = "requester_name", nullable = false, updatable = false, length = 200)
  private String requesterName;

  @Column(name = "organisation_name", nullable = false, updatable = false, length = 200)
  private String organisationName;

  @Column(nullable = false, updatable = false, length = 63)
  private String slug;

  @Enumerated(EnumType.STRING)
  @Column(name = "org_type", nullable = false, updatable = false, length = 40)
  private OrganisationType type;

  @Column(nullable = false, updatable = false, length = 2)
  private String country;

  @Column(name = "web_domain", updatable = false, length = 253)
  private String webDomain;

  @Column(name = "contact_name", nullable = false, updatable = false, length = 200)
  private String contactName;

  @Column(name = "contact_email", nullable = false, updatable = false, length = 320)
  private String contactEmail;

  @Column(nullable = false, updatable = false, length = 4000)
  private String reason;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Status status;

  @Column(name = "decision_reason", length = 2000)
  private String decisionReason;

  @Column(name = "decided_by", length = 255)
  private String decidedBy;

  @Column(name = "decided_at")
  private OffsetDateTime decidedAt;

  @ManyToOne
  @JoinColumn(name = "organisation_id")
  private Organisation organisation;

  @Column(name = "requested_at", nullable = false, updatable = false)
  private OffsetDateTime requestedAt;

  @Version private long version;

  protected OnboardingRequest() {}

  public OnboardingRequest(String requesterSubject, String requesterName, OnboardingApplication application, OffsetDateTime now) {
    this.id = UUID.randomUUID().toString();
    this.requesterSubject = Objects.requireNonNull(requesterSubject, "requesterSubject");
    this.requesterName = Objects.requireNonNull(requesterName, "requesterName");
    this.organisationName = application.organisationName().strip();
    this.slug = application.slug();
    this.type = application.type();
    this.country = application.country();
    this.webDomain =
        application.webDomain() == null || application.webDomain().isBlank() ? null : application.webDomain().strip();
    this.contactName = application.contactName().strip();
    this.contactEmail = application.contactEmail().strip().toLowerCase(Locale.ROOT);
    this.reason = application.reason().strip();
    this.status = Status.PENDING;
    this.requestedAt = Objects.requireNonNull(now, "now");
  }

  public void approve(Organisation created, String by, OffsetDateTime now) {
    requirePending();
    this.status = Status.APPROVED;
    this.organisation = Objects.requireNonNull(created, "created");
    decided(by, null, now);
  }

  public void reject(String why, String by, OffsetDateTime now) {
    requirePending();
    if (why == null || why.isBlank()) {
      throw ApplicationException.invalid("reason", "must say why the request is rejected");
    }
    this.status = Status.REJECTED;
    decided(by, why.strip(), now);
  }

  private void decided(String by, String why, OffsetDateTime now) {
    this.decidedBy = Objects.requireNonNull(by, "by");
    this.decisionReason = why;
    this.decidedAt = Objects.requireNonNull(now, "now");
  }

  private void requirePending() {
    if (status != Status.PENDING) {
      throw ApplicationException.conflict("This request was already " + status.name().toLowerCase(Locale.ROOT));
    }
  }

  public String id() {
    return id;
  }

  public String requesterSubject() {
    return requesterSubject;
  }

  public String requesterName() {
    return requesterName;
  }

  public String organisationName() {
    return organisationName;
  }

  public String slug() {
    return slug;
  }

  public OrganisationType type() {
    return type;
  }

  public String country() {
    return country;
  }

  public String webDomain() {
    return webDomain;
  }

  public String contactName() {
    return contactName;
  }

  public String contactEmail() {
    return contactEmail;
  }

  public String reason() {
    return reason;
  }

  public Status status() {
    return status;
  }

  public String decisionReason() {
    return decisionReason;
  }

  public String decidedBy() {
    return decidedBy;
  }

  public OffsetDateTime decidedAt() {
    return decidedAt;
  }

  public Organisation organisation() {
    return organisation;
  }

  public OffsetDateTime requestedAt() {
    return requestedAt;
  }

  public long version() {
    return version;
  }
}
