package org.missionhub.core.audit;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.missionhub.core.application.Audited;
import org.missionhub.core.security.Caller;
import org.missionhub.core.security.RequestContext;
import org.missionhub.core.shared.TimeSource;

/**
 * Around the outermost application service call of a transaction: flushes the unit of work (so the entity
 * listener sees every change, and constraint violations surface here rather than at commit) and appends one
 * audit entry per change. Runs inside the tenancy interceptor, so entries land in the request's
 * organisation; changes made in no organisation (a benchmark analyst's cross-organisation workshop) land in the
 * platform's log.
 */
@Audited
@Interceptor
@Priority(Interceptor.Priority.APPLICATION + 100)
public class AuditInterceptor {

  @Inject AuditBuffer buffer;
  @Inject RequestContext request;
  @Inject TimeSource time;
  @Inject AuditTenant tenant;
  @Inject jakarta.enterprise.event.Event<MissionChanged> missionChanged;

  @PersistenceContext(unitName = "missionhub")
  EntityManager em;

  @AroundInvoke
  Object audit(InvocationContext invocation) throws Exception {
    String operation =
        invocation.getMethod().getDeclaringClass().getSimpleName() + "." + invocation.getMethod().getName();
    boolean outermost = buffer.enter(operation);
    try {
      Object result = invocation.proceed();
      if (outermost) {
        writeEntries();
      }
      return result;
    } finally {
      buffer.exit();
    }
  }

  private void writeEntries() {
    em.flush();
    List<AuditChange> changes = buffer.drain();
    if (changes.isEmpty()) {
      return;
    }
    Caller caller = request.caller();
    var now = time.now();
    boolean platform = !tenant.isBound();
    for (AuditChange change : changes) {
      if (platform) {
        em.persist(new PlatformAuditEntry(now, PluginAuditLog.Actor.of(caller), change, buffer.operation()));
        continue;
      }
      em.persist(
          new AuditEntry(
              now,
              buffer.nextSequence(),
              caller.subject(),
              caller.displayName(),
              change,
              buffer.operation(),
              ChangeSummary.toJson(change)));
    }
    changes.stream().map(AuditChange::missionId).filter(java.util.Objects::nonNull).distinct()
        .forEach(mission -> missionChanged.fire(new MissionChanged(mission, caller.subject(), caller.displayName())));
  }
}
