package org.missionhub.core.plugin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.missionhub.core.plugin.domain.PendingEvent;
import org.missionhub.core.shared.TimeSource;

/**
 * The plugin event outbox's steps: writing an event for its plugins with the change it tells about, then, each
 * its own transaction, which are due, claiming one (two servers claiming the same one both update its version;
 * the database lets one commit), and how the delivery ended.
 */
@ApplicationScoped
public class PluginEventOutbox {

  /** How long a claim holds: an event claimed by a server that died is delivered by another after this. */
  static final Duration HOLD = Duration.ofMinutes(2);

  @Inject TimeSource time;

  @PersistenceContext(unitName = "missionhub")
  EntityManager em;

  /** In the caller's transaction (its own if there is none), so the event is kept exactly when the change is. */
  @Transactional(Transactional.TxType.REQUIRED)
  public void add(List<String> pluginIds, String eventType, String payload, String organisationId, OffsetDateTime occurredAt) {
    OffsetDateTime now = time.now();
    for (String plugin : pluginIds) {
      em.persist(new PendingEvent(plugin, eventType, payload, organisationId, occurredAt, now));
    }
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<String> due(int limit) {
    OffsetDateTime now = time.now();
    return em.createQuery(
            "SELECT e.id FROM PendingEvent e WHERE e.nextAttemptAt <= :now AND (e.claim.claimedUntil IS NULL OR e.claim.claimedUntil < :now)"
                + " ORDER BY e.nextAttemptAt, e.id", String.class)
        .setParameter("now", now)
        .setMaxResults(limit)
        .getResultList();
  }

  /** Claims it for this server; what delivering it needs if the claim committed, empty if it was not claimable. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<Claimed> claim(String id, String server) {
    PendingEvent event = em.find(PendingEvent.class, id);
    OffsetDateTime now = time.now();
    if (event == null || !event.isClaimable(now)) {
      return Optional.empty();
    }
    event.claim(server, now, HOLD);
    return Optional.of(new Claimed(event.id(), event.pluginId(), event.eventType(), event.payload(), event.attempts()));
  }

  /** Heard, or given up on: it goes. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void done(String id) {
    Optional.ofNullable(em.find(PendingEvent.class, id)).ifPresent(em::remove);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void failed(String id, String error, Duration wait) {
    Optional.ofNullable(em.find(PendingEvent.class, id)).ifPresent(e -> e.failed(error, time.now(), wait));
  }

  /** What delivering a claimed event needs, out of its transaction; {@code attempt} counts this one. */
  public record Claimed(String id, String pluginId, String eventType, String payload, int attempt) {}
}
