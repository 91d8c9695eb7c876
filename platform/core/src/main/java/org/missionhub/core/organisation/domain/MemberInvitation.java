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
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.missionhub.api.organisation.OrganisationRole;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.tenancy.TenantScopedEntity;

/**
 * An organisation's invitation to someone, by e-mail, who has no MissionHub account yet. The identity
 * provider e-mails them a link to register and join; when they first work in the organisation, the
 * invitation turns into a membership with the role it names. Organisation-private.
 */
@Entity
@Table(name = "member_invitation")
public class MemberInvitation extends TenantScopedEntity {

  /** Where an invitation stands. */
  public enum Status {
    PENDING,
    ACCEPTED,
    REVOKED
  }

  @Id
  @Column(length = 36)
  private String id;

  @Column(nullable = false, length = 320)
  private String email;

  @Enumerated(EnumType.STRING)
  @Column(name = "org_role", nullable = false, length = 20)
  private OrganisationRole role;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Status status;

  @Column(name = "email_sent", nullable = false)
  private boolean emailSent;

  @Column(name = "invited_by", nullable = false, length = 255)
  private String invitedBy;

  @Column(name = "invited_at", nullable = false)
  private OffsetDateTime invitedAt;

  @Column(name = "answered_at")
  private OffsetDateTime answeredAt;

  @Version private long version;

  protected MemberInvitation() {}

  public MemberInvitation(String email, OrganisationRole role, boolean emailSent, String invitedBy, OffsetDateTime now) {
    this.id = UUID.randomUUID().toString();
    this.email = normalise(email);
    this.role = Objects.requireNonNull(role, "role");
    this.status = Status.PENDING;
    this.emailSent = emailSent;
    this.invitedBy = Objects.requireNonNull(invitedBy, "invitedBy");
    this.invitedAt = Objects.requireNonNull(now, "now");
  }

  public static String normalise(String email) {
    return email.strip().toLowerCase(Locale.ROOT);
  }

  public void accept(OffsetDateTime now) {
    requirePending();
    this.status = Status.ACCEPTED;
    this.answeredAt = now;
  }

  public void revoke(OffsetDateTime now) {
    requirePending();
    this.status = Status.REVOKED;
    this.answeredAt = now;
  }

  private void requirePending() {
    if (status != Status.PENDING) {
      throw ApplicationException.conflict("This invitation is already " + status.name().toLowerCase(Locale.ROOT));
    }
  }

  public String id() {
    return id;
  }

  public String email() {
    return email;
  }

  public OrganisationRole role() {
    return role;
  }

  public Status status() {
    return status;
  }

  public boolean emailSent() {
    return emailSent;
  }

  public String invitedBy() {
    return invitedBy;
  }

  public OffsetDateTime invitedAt() {
    return invitedAt;
  }

  public OffsetDateTime answeredAt() {
    return answeredAt;
  }

  public long version() {
    return version;
  }

  @Override
  protected String auditType() {
    return "member-invitation";
  }

  @Override
  protected String auditId() {
    return id;
  }

  @Override
  protected Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("email", email);
    state.put("role", role);
    state.put("status", status);
    return state;
  }
}
