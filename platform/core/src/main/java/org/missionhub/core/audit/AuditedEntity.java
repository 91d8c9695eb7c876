package org.missionhub.core.audit;

import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Transient;
import java.util.Map;

/**
 * Base of every entity whose changes are audited. Subclasses say what they are and which of their
 * attributes are worth recording; {@link AuditListener} does the rest.
 */
@MappedSuperclass
@EntityListeners(AuditListener.class)
public abstract class AuditedEntity {

  /** The audited state as last loaded from or written to the database. */
  @Transient private Map<String, Object> auditBaseline;

  /** Kind of record in audit entries, e.g. {@code mission} or {@code risk}. */
  protected abstract String auditType();

  /** Identifier of this record in audit entries. */
  protected abstract String auditId();

  /**
   * The attributes worth recording, by API name. Values are text, numbers, booleans, dates, enums or null;
   * never lazily loaded relationships (the listener reads this on every load).
   */
  protected abstract Map<String, Object> auditState();

  /** The mission this record belongs to, if any, so the log can be filtered by mission. */
  protected String auditMissionId() {
    return null;
  }

  Map<String, Object> auditBaseline() {
    return auditBaseline;
  }

  void rememberAuditBaseline(Map<String, Object> state) {
    this.auditBaseline = state;
  }
}
