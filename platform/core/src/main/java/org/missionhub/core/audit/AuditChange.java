package org.missionhub.core.audit;

import java.util.Map;
import java.util.Objects;

/** One change noted by the listener and not yet written: what changed, and its state before and after. */
record AuditChange(
    Kind kind,
    String entityType,
    String entityId,
    String missionId,
    Map<String, Object> before,
    Map<String, Object> after) {

  enum Kind {
    CREATED,
    UPDATED,
    DELETED;

    String verb() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  AuditChange {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(entityType, "entityType");
    Objects.requireNonNull(entityId, "entityId");
  }

  String action() {
    return entityType + "." + kind.verb();
  }
}
