package org.missionhub.ui.security;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.missionhub.core.security.AccountStatus;
import org.missionhub.core.security.EndedSignIns;
import org.missionhub.core.security.domain.EndedSignIn;
import org.missionhub.core.shared.TimeSource;
import org.missionhub.core.startup.DatabaseMigrations;

/**
 * Back-channel logouts across the servers of a cluster. Keycloak posts a logout to one address (the balancer),
 * so one server hears it, while the person's UI sessions may live on another. The server that hears it keeps
 * it ({@link EndedSignIns}) and ends its own sessions of it at once; every server reads, every two seconds,
 * what ended in the last minutes and ends its sessions of that too, and asks the identity provider about the
 * person again at their next API request (its memory of active accounts is its own).
 */
@ApplicationScoped
public class SignOutsAcrossServers {

  private static final Logger LOG = Logger.getLogger(SignOutsAcrossServers.class.getName());
  static final Duration ROUNDS = Duration.ofSeconds(2);
  /** How far back a round looks: far more than a round's interval, so a late round still sees every logout. */
  static final Duration WINDOW = Duration.ofMinutes(5);

  @Inject EndedSignIns ended;
  @Inject SignedInSessions sessions;
  @Inject AccountStatus accounts;
  @Inject TimeSource time;
  @Resource ManagedScheduledExecutorService scheduler;

  /** The logouts this server has acted on, of those in the window. */
  private final Set<String> handled = ConcurrentHashMap.newKeySet();
  private ScheduledFuture<?> rounds;
  private OffsetDateTime forgotten = OffsetDateTime.MIN;

  void start(@Observes @Priority(DatabaseMigrations.PRIORITY + 200) Startup startup) {
    rounds = scheduler.scheduleWithFixedDelay(this::round, ROUNDS.toMillis(), ROUNDS.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Keycloak's logout, heard by this server: kept for the others, then acted on here; how many sessions ended here. */
  public int heard(LogoutTokens.Logout logout) {
    EndedSignIn signIn = ended.record(logout.sessionId(), logout.subject());
    handled.add(signIn.id());
    return actOn(signIn);
  }

  private int actOn(EndedSignIn signIn) {
    int endedHere = sessions.end(signIn);
    if (signIn.subject() != null) {
      accounts.recheck(signIn.subject());
    }
    return endedHere;
  }

  synchronized void round() {
    try {
      OffsetDateTime now = time.now();
      List<EndedSignIn> recent = ended.since(now.minus(WINDOW));
      Set<String> seen = new HashSet<>();
      for (EndedSignIn signIn : recent) {
        seen.add(signIn.id());
        if (handled.add(signIn.id())) {
          int endedHere = actOn(signIn);
          if (endedHere > 0) {
            LOG.info("A back-channel logout another server heard ended " + endedHere + " UI session(s) here");
          }
        }
      }
      handled.retainAll(seen);
      if (forgotten.isBefore(now.minusHours(1))) {
        ended.forgetOld();
        forgotten = now;
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "A round of back-channel logouts failed; the next round tries again", e);
    }
  }

  @PreDestroy
  void stop() {
    if (rounds != null) {
      rounds.cancel(false);
    }
  }
}
