package org.missionhub.core.mail.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.missionhub.core.startup.DatabaseMigrations;

/**
 * Sends the outbox: every few seconds (and at once after a transaction that queued an e-mail) this server
 * claims the due e-mails one by one and hands each to the SMTP server. An e-mail goes out once across the
 * servers sharing the database; only a server dying between the SMTP server's acceptance and the record of
 * it makes another server send it again (at least once, never lost). Digests are made in the same rounds.
 */
@ApplicationScoped
public class MailDelivery {

  private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());
  private static final int BATCH = 50;
  private static final String SERVER = org.missionhub.core.shared.ServerName.get();

  @Inject MailConfiguration config;
  @Inject MailOutbox outbox;
  @Inject SmtpSender smtp;
  @Inject Digests digests;

  @Resource ManagedScheduledExecutorService scheduler;
  @Resource ManagedExecutorService executor;

  private final org.missionhub.core.shared.WorkRounds round =
      new org.missionhub.core.shared.WorkRounds("e-mail delivery", BATCH, () -> digests.makeDue(), n -> outbox.due(n), this::deliver);
  private volatile ScheduledFuture<?> rounds;

  void start(@Observes @Priority(DatabaseMigrations.PRIORITY + 200) Startup startup) {
    if (!config.isEnabled()) {
      LOG.info("No SMTP server configured (missionhub.mail.smtp.host): notices are shown in the application only");
      return;
    }
    long every = config.checkEvery().toMillis();
    rounds = scheduler.scheduleWithFixedDelay(this::round, every, every, TimeUnit.MILLISECONDS);
  }

  void queued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
    if (config.isEnabled()) {
      executor.execute(this::round);
    }
  }

  /** One round: digests that are due, then the due e-mails. One round at a time on this server. */
  void round() {
    round.run();
  }

  private void deliver(String id) {
    Optional<MailOutbox.Claimed> claimed;
    try {
      claimed = outbox.claim(id, SERVER);
    } catch (RuntimeException claimedByAnotherServer) {
      return;
    }
    claimed.ifPresent(mail -> {
      try {
        smtp.send(mail);
        outbox.sent(mail.id());
      } catch (Exception e) {
        LOG.log(Level.WARNING, "E-mail " + mail.id() + " not accepted by the mail server; it is retried later: " + e.getMessage());
        outbox.failed(mail.id(), e.getClass().getSimpleName() + ": " + e.getMessage());
      }
    });
  }

  @PreDestroy
  void stop() {
    if (rounds != null) {
      rounds.cancel(false);
    }
  }
}
