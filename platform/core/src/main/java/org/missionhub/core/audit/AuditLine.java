package org.missionhub.core.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * What every line of an audit log says — who changed what, when, through which operation, and the values
 * before and after — for an organisation's log ({@link AuditEntry}) and the platform's ({@link
 * PlatformAuditEntry}). Append-only: no setters, every column insert-only.
 */
@MappedSuperclass
public abstract class AuditLine {

  @Id
  @Column(length = 36, updatable = false)
  private String id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private OffsetDateTime occurredAt;

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

  @Column(nullable = false, updatable = false, length = 200)
  private String operation;

  /** A {@code text} column; not {@code @Lob}, which EclipseLink would read as a CLOB on PostgreSQL. */
  @Column(nullable = false, updatable = false)
  private String changes;

  protected AuditLine() {}

  AuditLine(OffsetDateTime occurredAt, String actorSubject, String actorName, AuditChange change, String operation, String changes) {
    this.id = UUID.randomUUID().toString();
    this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
    this.actorSubject = Objects.requireNonNull(actorSubject, "actorSubject");
    this.actorName = Objects.requireNonNull(actorName, "actorName");
    this.action = change.action();
    this.entityType = change.entityType();
    this.entityId = change.entityId();
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

  /** The mission the change belongs to; none at platform level. */
  public abstract String missionId();

  public String operation() {
    return operation;
  }

  /** JSON object: attribute name to {@code {"before": .., "after": ..}}. */
  public String changes() {
    return changes;
  }
}
