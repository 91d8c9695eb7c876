package org.missionhub.ui.security;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.missionhub.core.security.AccountStatus;
import org.missionhub.core.security.EndedSignIns;
import org.missionhub.core.security.domain.EndedSignIn;
import org.missionhub.core.shared.RecentRows;
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

  private RecentRows<EndedSignIn> recent;
  private ScheduledFuture<?> rounds;

  @PostConstruct
  void prepare() {
    recent = new RecentRows<>("back-channel logouts", WINDOW, Duration.ofHours(1), time, ended::since, EndedSignIn::id, this::heardElsewhere, ended::forgetOld);
  }

  void start(@Observes @Priority(DatabaseMigrations.PRIORITY + 200) Startup startup) {
    rounds = scheduler.scheduleWithFixedDelay(recent::run, ROUNDS.toMillis(), ROUNDS.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Keycloak's logout, heard by this server: kept for the others, then acted on here; how many sessions ended here. */
  public int heard(LogoutTokens.Logout logout) {
    EndedSignIn signIn = ended.record(logout.sessionId(), logout.subject());
    recent.handled(signIn.id());
    return actOn(signIn);
  }

  private void heardElsewhere(EndedSignIn signIn) {
    int endedHere = actOn(signIn);
    if (endedHere > 0) {
      LOG.info("A back-channel logout another server heard ended " + endedHere + " UI session(s) here");
    }
  }

  private int actOn(EndedSignIn signIn) {
    int endedHere = sessions.end(signIn);
    if (signIn.subject() != null) {
      accounts.recheck(signIn.subject());
    }
    return endedHere;
  }

  @PreDestroy
  void stop() {
    if (rounds != null) {
      rounds.cancel(false);
    }
  }
}
