package org.missionhub.core.audit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.Map;
import org.missionhub.core.application.ApplicationService;
import org.missionhub.core.security.RequestContext;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.shared.Page;
import org.missionhub.core.shared.PageRequest;

/**
 * Reading the request's organisation's audit log, newest first; ORG_ADMIN only. The log has no write
 * operations: {@link AuditInterceptor} appends, nothing updates or deletes.
 */
@ApplicationService
public class AuditLogService {

  @Inject RequestContext request;

  @PersistenceContext(unitName = "missionhub")
  EntityManager em;

  public Page<AuditEntry> list(AuditQuery filter, PageRequest page) {
    if (!request.requireOrganisation().isAdmin()) {
      throw ApplicationException.forbidden("Only an organisation administrator can read the audit log");
    }
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    Map<String, Object> parameters = new HashMap<>();
    filter.missionId().ifPresent(v -> add(where, parameters, "a.missionId = :mission", "mission", v));
    filter.actor().ifPresent(v -> add(where, parameters, "a.actorSubject = :actor", "actor", v));
    filter.from().ifPresent(v -> add(where, parameters, "a.occurredAt >= :from", "from", v));
    filter.to().ifPresent(v -> add(where, parameters, "a.occurredAt < :to", "to", v));
    // an action's start matches it and its kinds ("risk" finds risk.created, risk.updated ...), never a pattern of the caller's
    filter.action().ifPresent(v -> add(where, parameters, "(a.action = :action OR a.action LIKE :actionStart ESCAPE '\\')", "action", v));
    filter.action().ifPresent(v -> parameters.put("actionStart", v.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + ".%"));
    String direction = !page.sort().isEmpty() && !page.sort().get(0).descending() ? " ASC" : " DESC";
    TypedQuery<AuditEntry> query =
        em.createQuery(
            "SELECT a FROM AuditEntry a" + where + " ORDER BY a.occurredAt" + direction + ", a.sequence" + direction,
            AuditEntry.class);
    TypedQuery<Long> count = em.createQuery("SELECT COUNT(a) FROM AuditEntry a" + where, Long.class);
    parameters.forEach(
        (k, v) -> {
          query.setParameter(k, v);
          count.setParameter(k, v);
        });
    return new Page<>(
        query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(),
        page.page(),
        page.size(),
        count.getSingleResult());
  }

  private static void add(StringBuilder where, Map<String, Object> parameters, String clause, String name, Object value) {
    where.append(" AND ").append(clause);
    parameters.put(name, value);
  }
}
