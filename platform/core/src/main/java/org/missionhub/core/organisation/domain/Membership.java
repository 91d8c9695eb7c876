package org.missionhub.core.organisation.domain;

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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.missionhub.api.organisation.OrganisationRole;
import org.missionhub.core.tenancy.TenantScopedEntity;

/**
 * A person's membership in an organisation, with their organisation role. Organisation-private: the tenant
 * column is the organisation, so an organisation only ever sees its own members.
 */
@Entity
@Table(name = "membership")
public class Membership extends TenantScopedEntity {

  @Id
  @Column(length = 36)
  private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "subject", nullable = false, updatable = false)
  private Person person;

  @Enumerated(EnumType.STRING)
  @Column(name = "org_role", nullable = false, length = 20)
  private OrganisationRole role;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version private long version;

  protected Membership() {}

  public Membership(Person person, OrganisationRole role, OffsetDateTime now) {
    this.id = UUID.randomUUID().toString();
    this.person = Objects.requireNonNull(person, "person");
    this.role = Objects.requireNonNull(role, "role");
    this.createdAt = Objects.requireNonNull(now, "now");
    this.updatedAt = now;
  }

  public void changeRole(OrganisationRole newRole, OffsetDateTime now) {
    this.role = Objects.requireNonNull(newRole, "newRole");
    this.updatedAt = now;
  }

  public String id() {
    return id;
  }

  public Person person() {
    return person;
  }

  public String subject() {
    return person.subject();
  }

  public OrganisationRole role() {
    return role;
  }

  public boolean isAdmin() {
    return role == OrganisationRole.ORG_ADMIN;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public long version() {
    return version;
  }

  @Override
  protected String auditType() {
    return "membership";
  }

  @Override
  protected String auditId() {
    return id;
  }

  @Override
  protected Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("subject", person.subject());
    state.put("role", role);
    return state;
  }
}
