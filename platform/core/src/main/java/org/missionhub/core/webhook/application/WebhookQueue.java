package org.missionhub.core.webhook.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.missionhub.core.shared.TimeSource;
import org.missionhub.core.webhook.domain.WebhookQueueEntry;

/**
 * The queue's steps, each its own transaction: which deliveries are due, and claiming one (two servers claiming
 * the same entry both update its version; the database lets one commit).
 */
@ApplicationScoped
public class WebhookQueue {

  /** How long a claim holds: longer than an attempt may take (the HTTP timeout), so no two servers attempt at once. */
  static final Duration HOLD = Duration.ofMinutes(2);

  /** A claimed delivery: which, and whose. */
  public record Claimed(String deliveryId, String organisationId) {}

  @Inject TimeSource time;

  @PersistenceContext(unitName = "missionhub")
  EntityManager em;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<String> due(int limit) {
    var now = time.now();
    return em.createQuery("SELECT q.deliveryId FROM WebhookQueueEntry q WHERE q.nextAttemptAt <= :now"
            + " AND (q.claim.claimedUntil IS NULL OR q.claim.claimedUntil < :now) ORDER BY q.nextAttemptAt, q.deliveryId", String.class)
        .setParameter("now", now)
        .setMaxResults(limit)
        .getResultList();
  }

  /** Claims the entry for this server; empty if it is not claimable; an optimistic-lock error if another won. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<Claimed> claim(String deliveryId, String server) {
    WebhookQueueEntry entry = em.find(WebhookQueueEntry.class, deliveryId);
    var now = time.now();
    if (entry == null || !entry.isClaimable(now)) {
      return Optional.empty();
    }
    entry.claim(server, now, HOLD);
    return Optional.of(new Claimed(entry.deliveryId(), entry.organisationId()));
  }
}
