package org.missionhub.core.audit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.missionhub.core.application.ApplicationService;
import org.missionhub.core.security.PlatformRole;
import org.missionhub.core.security.RequestContext;
import org.missionhub.core.shared.Page;
import org.missionhub.core.shared.PageRequest;

/** Reading the platform-level audit log (PLATFORM_ADMIN), newest first. */
@ApplicationService
public class PlatformAuditLogService {

  @Inject RequestContext request;

  @PersistenceContext(unitName = "missionhub")
  EntityManager em;

  public Page<PlatformAuditEntry> list(PageRequest page) {
    request.requirePlatformRole(PlatformRole.PLATFORM_ADMIN);
    List<PlatformAuditEntry> items =
        em.createQuery("SELECT a FROM PlatformAuditEntry a ORDER BY a.occurredAt DESC, a.id", PlatformAuditEntry.class)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    long total = em.createQuery("SELECT COUNT(a) FROM PlatformAuditEntry a", Long.class).getSingleResult();
    return new Page<>(items, page.page(), page.size(), total);
  }
}
