package org.missionhub.core.notice;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.missionhub.core.application.ApplicationService;
import org.missionhub.core.security.RequestContext;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.shared.Page;
import org.missionhub.core.shared.PageRequest;
import org.missionhub.core.shared.TimeSource;

/** The caller's own notices. */
@ApplicationService
public class NoticeService {

  @Inject RequestContext request;
  @Inject TimeSource time;

  @PersistenceContext(unitName = "missionhub")
  EntityManager em;

  public Page<Notice> mine(boolean unreadOnly, PageRequest page) {
    String subject = request.caller().subject();
    String where = " WHERE n.recipient = :me" + (unreadOnly ? " AND n.readAt IS NULL" : "");
    var items =
        em.createQuery("SELECT n FROM Notice n" + where + " ORDER BY n.createdAt DESC, n.id", Notice.class)
            .setParameter("me", subject)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    long total = em.createQuery("SELECT COUNT(n) FROM Notice n" + where, Long.class).setParameter("me", subject).getSingleResult();
    return new Page<>(items, page.page(), page.size(), total);
  }

  /** How many of the caller's notices are unread, for the bell. */
  public long unreadCount() {
    return em.createQuery("SELECT COUNT(n) FROM Notice n WHERE n.recipient = :me AND n.readAt IS NULL", Long.class)
        .setParameter("me", request.caller().subject())
        .getSingleResult();
  }

  /** Marks every notice of the caller read; how many were unread. */
  public int markAllRead() {
    var unread = em.createQuery("SELECT n FROM Notice n WHERE n.recipient = :me AND n.readAt IS NULL", Notice.class)
        .setParameter("me", request.caller().subject())
        .getResultList();
    var now = time.now();
    unread.forEach(n -> n.markRead(now));
    return unread.size();
  }

  public Notice markRead(String id) {
    Notice notice = id == null ? null : em.find(Notice.class, id);
    if (notice == null || !notice.recipient().equals(request.caller().subject())) {
      throw ApplicationException.notFound("Notice");
    }
    notice.markRead(time.now());
    return notice;
  }
}
