package org.missionhub.core.feed.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.missionhub.core.feed.domain.FeedSubscription;

/** The bound organisation's feed subscriptions (tenant-scoped). */
@ApplicationScoped
public class FeedSubscriptionRepository {

  @PersistenceContext(unitName = "missionhub")
  EntityManager em;

  public void add(FeedSubscription subscription) {
    em.persist(subscription);
  }

  public Optional<FeedSubscription> find(String id) {
    return Optional.ofNullable(em.find(FeedSubscription.class, id));
  }

  public Optional<FeedSubscription> findBySecretHash(String hash) {
    return em.createQuery("SELECT f FROM FeedSubscription f WHERE f.secretHash = :hash", FeedSubscription.class)
        .setParameter("hash", hash)
        .getResultStream()
        .findFirst();
  }

  /** Subscriptions not revoked, of one person or (subject null) of everyone, the newest first. */
  public List<FeedSubscription> active(String subject) {
    String where = subject == null ? "" : " AND f.subject = :subject";
    var query = em.createQuery("SELECT f FROM FeedSubscription f WHERE f.revokedAt IS NULL" + where + " ORDER BY f.createdAt DESC, f.id", FeedSubscription.class);
    if (subject != null) {
      query.setParameter("subject", subject);
    }
    return query.getResultList();
  }

  public long activeCount(String subject) {
    return em.createQuery("SELECT COUNT(f) FROM FeedSubscription f WHERE f.revokedAt IS NULL AND f.subject = :subject", Long.class)
        .setParameter("subject", subject)
        .getSingleResult();
  }
}
