package org.missionhub.core.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * One line of the platform-level audit log: a change made outside any organisation (a plugin's platform
 * feature). Append-only, like every {@link AuditLine}; the runtime role may not update or delete the table.
 */
@Entity
@Table(name = "platform_audit_entry")
public class PlatformAuditEntry extends AuditLine {

  protected PlatformAuditEntry() {}

  PlatformAuditEntry(OffsetDateTime occurredAt, PluginAuditLog.Actor actor, AuditChange change, String operation) {
    super(occurredAt, actor.subject(), actor.displayName(), change, operation, ChangeSummary.toJson(change));
  }

  @Override
  public String missionId() {
    return null;
  }
}
