package org.missionhub.core.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.missionhub.core.security.domain.EndedSignIn;
import org.missionhub.core.shared.TimeSource;

/**
 * The sign-ins Keycloak ended, shared by the servers of a cluster through the database: a back-channel logout
 * reaches one of them, the person's sessions may live on another. Each write and read is its own short
 * transaction (called from a servlet, a round of the scheduler, or a request's first sight of a session).
 */
@ApplicationScoped
public class EndedSignIns {

  /** Longer than any sign-in lasts (Keycloak's longest session is hours): older rows can end nothing. */
  static final Duration KEPT = Duration.ofDays(1);

  @Inject TimeSource time;

  @PersistenceContext(unitName = "missionhub")
  EntityManager em;

  /** Keeps a logout for every server; {@code keycloakSession} or {@code subject} may be null, not both. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public EndedSignIn record(String keycloakSession, String subject) {
    EndedSignIn ended = new EndedSignIn(keycloakSession, subject, time.now());
    em.persist(ended);
    return ended;
  }

  /** What ended since {@code since}, oldest first. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<EndedSignIn> since(OffsetDateTime since) {
    return em.createQuery("SELECT e FROM EndedSignIn e WHERE e.endedAt >= :since ORDER BY e.endedAt, e.id", EndedSignIn.class)
        .setParameter("since", since)
        .getResultList();
  }

  /**
   * Whether the sign-in of {@code subject} in Keycloak session {@code keycloakSession} (null if unknown), begun
   * at {@code began}, has ended: asked once when a session first reaches this server (a failover after the
   * logout was heard).
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean hasEnded(String keycloakSession, String subject, OffsetDateTime began) {
    return !em.createQuery(
            "SELECT e FROM EndedSignIn e WHERE (e.keycloakSession IS NOT NULL AND e.keycloakSession = :session)"
                + " OR (e.keycloakSession IS NULL AND e.subject = :subject AND e.endedAt >= :began)", EndedSignIn.class)
        .setParameter("session", keycloakSession == null ? "" : keycloakSession)
        .setParameter("subject", subject)
        .setParameter("began", began)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** Forgets what ended longer ago than any sign-in lasts; how many rows went. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int forgetOld() {
    List<EndedSignIn> old = em.createQuery("SELECT e FROM EndedSignIn e WHERE e.endedAt < :before", EndedSignIn.class)
        .setParameter("before", time.now().minus(KEPT))
        .setMaxResults(1000)
        .getResultList();
    old.forEach(em::remove);
    return old.size();
  }
}
