package org.missionhub.core.audit;

import static org.eclipse.persistence.annotations.MultitenantType.SINGLE_TABLE;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
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
public class AuditEntry extends AuditLine {

  @Column(name = "seq", nullable = false, updatable = false)
  private int sequence;

  @Column(name = "mission_id", updatable = false, length = 36)
  private String missionId;

  protected AuditEntry() {}

  AuditEntry(
      OffsetDateTime occurredAt,
      int sequence,
      String actorSubject,
      String actorName,
      AuditChange change,
      String operation,
      String changes) {
    super(occurredAt, actorSubject, actorName, change, operation, changes);
    this.sequence = sequence;
    this.missionId = change.missionId();
  }

  /** Its place among the entries of one transaction, which share a time. */
  public int sequence() {
    return sequence;
  }

  @Override
  public String missionId() {
    return missionId;
  }
}
