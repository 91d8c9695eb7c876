package org.missionhub.ui.live;

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
import org.missionhub.core.live.LiveChanges;
import org.missionhub.core.live.domain.LiveChange;
import org.missionhub.core.shared.RecentRows;
import org.missionhub.core.shared.TimeSource;
import org.missionhub.core.startup.DatabaseMigrations;

/**
 * Every second, the changes made through the other servers of a cluster in the last half minute that this
 * server has not passed on yet go to its open pages ({@link LiveMissions#changedElsewhere}) and bells ({@link
 * LiveNotices#writtenElsewhere}). One server alone finds none: its own changes are told at once, after their
 * commit.
 */
@ApplicationScoped
public class LiveChangesAcrossServers {

  static final Duration ROUNDS = Duration.ofSeconds(1);
  /** How far back a round looks: rounds late by a few seconds (a pause, a busy database) still see every change. */
  static final Duration WINDOW = Duration.ofSeconds(30);

  @Inject LiveChanges changes;
  @Inject LiveMissions pages;
  @Inject LiveNotices bells;
  @Inject TimeSource time;
  @Resource ManagedScheduledExecutorService scheduler;

  private RecentRows<LiveChange> recent;
  private ScheduledFuture<?> rounds;

  @PostConstruct
  void prepare() {
    recent = new RecentRows<>("changes made through other servers", WINDOW, Duration.ofMinutes(5), time, changes::elsewhereSince, LiveChange::id,
        this::tell, changes::forgetOld);
  }

  void start(@Observes @Priority(DatabaseMigrations.PRIORITY + 200) Startup startup) {
    rounds = scheduler.scheduleWithFixedDelay(recent::run, ROUNDS.toMillis(), ROUNDS.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void tell(LiveChange change) {
    if (change.kind() == LiveChange.Kind.NOTICE) {
      bells.writtenElsewhere(change.targetId());
    } else {
      pages.changedElsewhere(change);
    }
  }

  @PreDestroy
  void stop() {
    if (rounds != null) {
      rounds.cancel(false);
    }
  }
}
