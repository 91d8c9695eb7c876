package org.missionhub.core.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import org.missionhub.core.security.Caller;
import org.missionhub.core.shared.TimeSource;

/**
 * Core's own entries in the platform-level audit log: changes to what lives outside every organisation,
 * or to an organisation that no longer has a log of its own (an erased one). In the caller's transaction.
 */
@ApplicationScoped
public class PlatformAuditLog {

  @Inject TimeSource time;

  @PersistenceContext(unitName = "missionhub")
  EntityManager em;

  /** A deletion done by {@code caller} in {@code operation}, with what was there before. */
  @Transactional(Transactional.TxType.REQUIRED)
  public void deleted(Caller caller, String entityType, String entityId, Map<String, ?> before, String operation) {
    AuditChange change = new AuditChange(AuditChange.Kind.DELETED, entityType, entityId, null, new LinkedHashMap<>(before), Map.of());
    em.persist(new PlatformAuditEntry(time.now(), PluginAuditLog.Actor.of(caller), change, operation));
  }
}
