package org.missionhub.ui.live;

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
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.missionhub.core.live.LiveChanges;
import org.missionhub.core.live.domain.LiveChange;
import org.missionhub.core.shared.TimeSource;
import org.missionhub.core.startup.DatabaseMigrations;

/**
 * Every second, the changes made through the other servers of a cluster in the last half minute that this
 * server has not passed on yet go to its open pages ({@link LiveMissions#changedElsewhere}) and bells ({@link
 * LiveNotices#writtenElsewhere}). One server alone
 * finds none: its own changes are told at once, after their commit.
 */
@ApplicationScoped
public class LiveChangesAcrossServers {

  private static final Logger LOG = Logger.getLogger(LiveChangesAcrossServers.class.getName());
  static final Duration ROUNDS = Duration.ofSeconds(1);
  /** How far back a round looks: rounds late by a few seconds (a pause, a busy database) still see every change. */
  static final Duration WINDOW = Duration.ofSeconds(30);
  private static final Duration FORGET_EVERY = Duration.ofMinutes(5);

  @Inject LiveChanges changes;
  @Inject LiveMissions pages;
  @Inject LiveNotices bells;
  @Inject TimeSource time;
  @Resource ManagedScheduledExecutorService scheduler;

  /** The changes of the window passed on already (only rounds touch it; one round at a time). */
  private Set<String> told = new HashSet<>();
  private OffsetDateTime forgotten;
  private ScheduledFuture<?> rounds;

  void start(@Observes @Priority(DatabaseMigrations.PRIORITY + 200) Startup startup) {
    forgotten = time.now();
    rounds = scheduler.scheduleWithFixedDelay(this::round, ROUNDS.toMillis(), ROUNDS.toMillis(), TimeUnit.MILLISECONDS);
  }

  synchronized void round() {
    try {
      OffsetDateTime now = time.now();
      List<LiveChange> recent = changes.elsewhereSince(now.minus(WINDOW));
      Set<String> seen = new HashSet<>();
      for (LiveChange change : recent) {
        seen.add(change.id());
        if (!told.contains(change.id())) {
          if (change.kind() == LiveChange.Kind.NOTICE) {
            bells.writtenElsewhere(change.targetId());
          } else {
            pages.changedElsewhere(change);
          }
        }
      }
      told = seen;
      if (now.isAfter(forgotten.plus(FORGET_EVERY))) {
        changes.forgetOld();
        forgotten = now;
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "A round of changes made through other servers failed; the next round tries again", e);
    }
  }

  @PreDestroy
  void stop() {
    if (rounds != null) {
      rounds.cancel(false);
    }
  }
}
