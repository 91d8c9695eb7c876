package org.missionhub.core.webhook.application;

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
import org.missionhub.core.security.Caller;
import org.missionhub.core.shared.ServerName;
import org.missionhub.core.shared.WorkRounds;
import org.missionhub.core.startup.CallerScope;
import org.missionhub.core.startup.DatabaseMigrations;

/**
 * Attempts the queued deliveries: every few seconds, and at once after a change that queued some. Each is
 * claimed first, so among the servers sharing the database one attempts it; the queue is in the database, so
 * deliveries survive a restart. A server dying during an attempt leaves it to be attempted again when its claim
 * runs out (receivers drop repeats by {@code webhook-id}).
 */
@ApplicationScoped
public class WebhookDispatcher {

  private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class.getName());
  private static final int BATCH = 50;

  @Inject WebhookConfiguration config;
  @Inject WebhookQueue queue;
  @Inject WebhookAttempts attempts;
  @Inject WebhookSender sender;
  @Inject CallerScope scope;

  @Resource ManagedScheduledExecutorService scheduler;
  @Resource ManagedExecutorService executor;

  private final WorkRounds round = new WorkRounds("webhook deliveries", BATCH, n -> queue.due(n), this::attempt);
  private volatile ScheduledFuture<?> rounds;

  void start(@Observes @Priority(DatabaseMigrations.PRIORITY + 200) Startup startup) {
    long every = config.checkEvery().toMillis();
    rounds = scheduler.scheduleWithFixedDelay(this::round, every, every, TimeUnit.MILLISECONDS);
  }

  void queued(@Observes(during = TransactionPhase.AFTER_SUCCESS) WebhookQueued queued) {
    executor.execute(this::round);
  }

  void round() {
    round.run();
  }

  private void attempt(String deliveryId) {
    Optional<WebhookQueue.Claimed> claimed;
    try {
      claimed = queue.claim(deliveryId, ServerName.get());
    } catch (RuntimeException claimedByAnotherServer) {
      return;
    }
    claimed.ifPresent(c -> {
      try {
        Optional<WebhookAttempts.Outgoing> outgoing = scope.as(Caller.system("webhooks"), null, () -> attempts.prepare(c));
        outgoing.ifPresent(o -> {
          WebhookAttempts.Result result = sender.send(o);
          scope.as(Caller.system("webhooks"), null, () -> {
            attempts.record(o, result);
            return null;
          });
        });
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Webhook delivery " + deliveryId + " could not be attempted; it is tried again when its claim runs out", e);
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
