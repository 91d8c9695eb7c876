package org.missionhub.core.audit;

import static org.eclipse.persistence.annotations.MultitenantType.SINGLE_TABLE;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.missionhub.core.tenancy.Tenancy;

/**
 * One line of an organisation's audit log: who changed what, when, and a summary of the values before and
 * after. Append-only: no setters, every column is insert-only.
 *
 * <p>Organisation-private like every {@link org.missionhub.core.tenancy.TenantScopedEntity}, and mapped the
 * same way; it does not extend that class only because an audit entry must not itself be audited.
 */
@Entity
@Table(name = "audit_entry")
@Multitenant(SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = Tenancy.TENANT_PROPERTY,
    primaryKey = true,
    length = 36)
public class AuditEntry {

  @Id
  @Column(length = 36, updatable = false)
  private String id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private OffsetDateTime occurredAt;

  @Column(name = "seq", nullable = false, updatable = false)
  private int sequence;

  @Column(name = "actor_subject", nullable = false, updatable = false)
  private String actorSubject;

  @Column(name = "actor_name", nullable = false, updatable = false)
  private String actorName;

  @Column(nullable = false, updatable = false, length = 100)
  private String action;

  @Column(name = "entity_type", nullable = false, updatable = false, length = 50)
  private String entityType;

  @Column(name = "entity_id", nullable = false, updatable = false, length = 100)
  private String entityId;

  @Column(name = "mission_id", updatable = false, length = 36)
  private String missionId;

  @Column(nullable = false, updatable = false, length = 200)
  private String operation;

  /** A {@code text} column; not {@code @Lob}, which EclipseLink would read as a CLOB on PostgreSQL. */
  @Column(nullable = false, updatable = false)
  private String changes;

  protected AuditEntry() {}

  AuditEntry(
      OffsetDateTime occurredAt,
      int sequence,
      String actorSubject,
      String actorName,
      AuditChange change,
      String operation,
      String changes) {
    this.id = UUID.randomUUID().toString();
    this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
    this.sequence = sequence;
    this.actorSubject = Objects.requireNonNull(actorSubject, "actorSubject");
    this.actorName = Objects.requireNonNull(actorName, "actorName");
    this.action = change.action();
    this.entityType = change.entityType();
    this.entityId = change.entityId();
    this.missionId = change.missionId();
    this.operation = Objects.requireNonNull(operation, "operation");
    this.changes = Objects.requireNonNull(changes, "changes");
  }

  public String id() {
    return id;
  }

  public OffsetDateTime occurredAt() {
    return occurredAt;
  }

  public String actorSubject() {
    return actorSubject;
  }

  public String actorName() {
    return actorName;
  }

  public String action() {
    return action;
  }

  public String entityType() {
    return entityType;
  }

  public String entityId() {
    return entityId;
  }

  public String missionId() {
    return missionId;
  }

  public String operation() {
    return operation;
  }

  /** JSON object: attribute name to {@code {"before": .., "after": ..}}. */
  public String changes() {
    return changes;
  }
}
