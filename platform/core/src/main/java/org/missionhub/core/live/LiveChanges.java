package org.missionhub.core.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.missionhub.core.live.domain.LiveChange;
import org.missionhub.core.shared.ServerName;
import org.missionhub.core.shared.TimeSource;

/**
 * The changes open pages redraw for, shared by the servers of a cluster through the database: written with the
 * change (in its transaction: a change rolled back tells nobody), read by the other servers' rounds.
 */
@ApplicationScoped
public class LiveChanges {

  /** Rows older than this can tell nobody anything any more. */
  static final Duration KEPT = Duration.ofMinutes(10);

  @Inject TimeSource time;

  @PersistenceContext(unitName = "missionhub")
  EntityManager em;

  /** In the change's transaction (its own if there is none). */
  @Transactional(Transactional.TxType.REQUIRED)
  public void record(LiveChange.Kind kind, String targetId, String actorSubject, String actorName) {
    em.persist(new LiveChange(kind, targetId, actorSubject, actorName, ServerName.get(), time.now()));
  }

  /** The other servers' changes since {@code since}, oldest first. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<LiveChange> elsewhereSince(OffsetDateTime since) {
    return em.createQuery(
            "SELECT c FROM LiveChange c WHERE c.changedAt >= :since AND c.origin <> :here ORDER BY c.changedAt, c.id", LiveChange.class)
        .setParameter("since", since)
        .setParameter("here", ServerName.get())
        .getResultList();
  }

  /** Forgets changes older than anyone waits for; how many went. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int forgetOld() {
    List<LiveChange> old = em.createQuery("SELECT c FROM LiveChange c WHERE c.changedAt < :before", LiveChange.class)
        .setParameter("before", time.now().minus(KEPT))
        .setMaxResults(1000)
        .getResultList();
    old.forEach(em::remove);
    return old.size();
  }
}
