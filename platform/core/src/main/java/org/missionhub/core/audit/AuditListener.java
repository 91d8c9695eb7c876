package org.missionhub.core.audit;

import jakarta.inject.Inject;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Notes every write of an {@link AuditedEntity} in the transaction's {@link AuditBuffer}. The callbacks fire
 * when the unit of work is flushed, so they see the values actually written. JPA must not be used here; the
 * entries are written by {@link AuditInterceptor}.
 */
public class AuditListener {

  /**
   * Injected by the container. Plain JPA tests run without CDI, where there is no transaction to audit: the
   * listener then only keeps baselines.
   */
  @Inject AuditBuffer buffer;

  @PostLoad
  void loaded(AuditedEntity entity) {
    entity.rememberAuditBaseline(entity.auditState());
  }

  @PostPersist
  void created(AuditedEntity entity) {
    Map<String, Object> after = entity.auditState();
    note(new AuditChange(AuditChange.Kind.CREATED, entity.auditType(), entity.auditId(), entity.auditMissionId(), Map.of(), after));
    entity.rememberAuditBaseline(after);
  }

  @PostUpdate
  void updated(AuditedEntity entity) {
    Map<String, Object> before = entity.auditBaseline() == null ? Map.of() : entity.auditBaseline();
    Map<String, Object> after = entity.auditState();
    Map<String, Object> changedBefore = new LinkedHashMap<>();
    Map<String, Object> changedAfter = new LinkedHashMap<>();
    for (var attribute : after.entrySet()) {
      Object old = before.get(attribute.getKey());
      if (!Objects.equals(old, attribute.getValue())) {
        changedBefore.put(attribute.getKey(), old);
        changedAfter.put(attribute.getKey(), attribute.getValue());
      }
    }
    if (!changedAfter.isEmpty()) {
      note(new AuditChange(AuditChange.Kind.UPDATED, entity.auditType(), entity.auditId(), entity.auditMissionId(), changedBefore, changedAfter));
    }
    entity.rememberAuditBaseline(after);
  }

  @PostRemove
  void deleted(AuditedEntity entity) {
    Map<String, Object> before = entity.auditBaseline() == null ? entity.auditState() : entity.auditBaseline();
    note(new AuditChange(AuditChange.Kind.DELETED, entity.auditType(), entity.auditId(), entity.auditMissionId(), before, Map.of()));
  }

  private void note(AuditChange change) {
    if (buffer != null) {
      buffer.add(change);
    }
  }
}
