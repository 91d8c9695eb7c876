package org.missionhub.core.mail.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.missionhub.core.mail.domain.MailStatus;
import org.missionhub.core.mail.domain.OutgoingMail;
import org.missionhub.core.shared.TimeSource;

/**
 * The outbox's steps, each its own transaction: which e-mails are due, claiming one (two servers claiming the
 * same e-mail both update its version; the database lets one commit), and how its attempt ended.
 */
@ApplicationScoped
public class MailOutbox {

  /** How long a claim holds: an e-mail claimed by a server that died is sent by another after this. */
  static final Duration HOLD = Duration.ofMinutes(2);

  @Inject TimeSource time;

  @PersistenceContext(unitName = "missionhub")
  EntityManager em;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<String> due(int limit) {
    var now = time.now();
    return em.createQuery(
            "SELECT m.id FROM OutgoingMail m WHERE m.status = :pending AND m.nextAttemptAt <= :now"
                + " AND (m.claim.claimedUntil IS NULL OR m.claim.claimedUntil < :now) ORDER BY m.nextAttemptAt, m.id", String.class)
        .setParameter("pending", MailStatus.PENDING)
        .setParameter("now", now)
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * Claims the e-mail for this server; its content if the claim committed, empty if it was not claimable. A
   * claim that lost the race to another server fails at commit with an optimistic-lock error.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<Claimed> claim(String id, String server) {
    OutgoingMail mail = em.find(OutgoingMail.class, id);
    var now = time.now();
    if (mail == null || !mail.isClaimable(now)) {
      return Optional.empty();
    }
    mail.claim(server, now, HOLD);
    return Optional.of(new Claimed(mail.id(), mail.address(), mail.language(), mail.content(), mail.unsubscribeSecret()));
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void sent(String id) {
    Optional.ofNullable(em.find(OutgoingMail.class, id)).ifPresent(m -> m.sent(time.now()));
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void failed(String id, String error) {
    Optional.ofNullable(em.find(OutgoingMail.class, id)).ifPresent(m -> m.failed(error, time.now()));
  }

  /** What sending a claimed e-mail needs, out of its transaction. */
  public record Claimed(String id, String address, String language, org.missionhub.core.mail.domain.ComposedMail content, String unsubscribeSecret) {}
}
