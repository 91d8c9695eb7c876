package org.missionhub.core.plugin;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.missionhub.api.event.DomainEvent;
import org.missionhub.api.plugin.MissionHubPlugin;
import org.missionhub.api.plugin.PluginSettings;
import org.missionhub.core.startup.DatabaseMigrations;

/**
 * Tells plugins what happened, after the change committed (never about a change that rolled back), off the
 * request thread, and only for organisations that enabled them: the platform's events and those plugins
 * publish ({@link #publish}). Each event is written to the outbox ({@link PluginEventOutbox}) for every active
 * plugin in the transaction of the change, so it survives a crash or a restart; after the commit, and every few
 * seconds, a round claims what is due and calls the plugins, one server per event across a cluster. A listener
 * that throws is logged and tried again, twice, {@link #RETRY_DELAYS} apart, then given up; the request, the
 * publisher and the other plugins are not affected. "Enabled" means enabled when the event happened. A plugin
 * may hear an event twice (a server dying between the call and its record): listeners are idempotent.
 */
@ApplicationScoped
public class PluginEvents {

  private static final Logger LOG = Logger.getLogger(PluginEvents.class.getName());
  private static final int BATCH = 50;
  private static final String SERVER = org.missionhub.core.shared.ServerName.get();

  /** How long to wait before the second and the third try. */
  static final List<Duration> RETRY_DELAYS = List.of(Duration.ofSeconds(1), Duration.ofSeconds(5));

  /** How often a round looks for events due (retries, and those a stopped server left). */
  static final Duration ROUNDS = Duration.ofSeconds(2);

  @Inject PluginRuntime runtime;
  @Inject PluginEnablements enablements;
  @Inject PluginEventOutbox outbox;
  @Inject Event<DomainEvent> events;
  @Resource ManagedExecutorService executor;
  @Resource ManagedScheduledExecutorService scheduler;

  private final EventPayloads payloads = new EventPayloads();
  private final org.missionhub.core.shared.WorkRounds round =
      new org.missionhub.core.shared.WorkRounds("plugin event deliveries", BATCH, n -> outbox.due(n), this::deliver);
  private volatile ScheduledFuture<?> rounds;

  /** Rounds start once the plugins are (after the runtime's start): what a stopped server left goes out then. */
  void start(@Observes @Priority(DatabaseMigrations.PRIORITY + 60) Startup startup) {
    rounds = scheduler.scheduleWithFixedDelay(this::round, 0, ROUNDS.toMillis(), TimeUnit.MILLISECONDS);
  }

  /**
   * A plugin publishes one of its own events: checked now, delivered like the platform's after the
   * current transaction commits (at once without a transaction).
   */
  public void publish(LoadedPlugin publisher, DomainEvent event) {
    Objects.requireNonNull(event, "event");
    if (event.getClass().getPackageName().equals(DomainEvent.class.getPackageName())) {
      throw new IllegalArgumentException("Only the platform publishes " + event.getClass().getSimpleName());
    }
    if (!publisher.events().contains(event.getClass())) {
      throw new IllegalArgumentException(
          "The plugin " + publisher.id() + " does not declare the event type " + event.getClass().getName() + " in events()");
    }
    events.fire(event);
  }

  /**
   * In the transaction of the change (CDI's synchronous observer): kept for every active plugin the organisation has
   * enabled (one read for them all; delivery checks again), or not at all if the change rolls back.
   */
  void kept(@Observes DomainEvent event) {
    List<LoadedPlugin> active = runtime.active();
    if (active.isEmpty()) {
      return;
    }
    List<String> plugins;
    try {
      java.util.Set<String> enabled = enablements.enabledAmong(event.organisationId(), active);
      plugins = active.stream().map(LoadedPlugin::id).filter(enabled::contains).toList();
    } catch (RuntimeException e) {
      // cannot tell now: kept for every active plugin, and delivery reads each one's enablement
      LOG.log(Level.WARNING, "Reading which plugins " + event.organisationId() + " enabled failed; the event is kept for every active plugin", e);
      plugins = active.stream().map(LoadedPlugin::id).toList();
    }
    if (plugins.isEmpty()) {
      return;
    }
    String payload;
    try {
      payload = payloads.write(event);
    } catch (RuntimeException e) {
      // an event that cannot be written is not the change's failure: the plugins miss it, the change stands
      LOG.log(Level.SEVERE, "The event " + event + " cannot be kept for the plugins and is not delivered", e);
      return;
    }
    outbox.add(plugins, event.getClass().getName(), payload, event.organisationId().toString(), event.occurredAt());
  }

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) DomainEvent event) {
    executor.execute(this::round);
  }

  void choiceChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) PluginChoiceChanged change) {
    runtime
        .activePlugin(change.pluginId())
        .ifPresent(
            plugin ->
                executor.execute(
                    () ->
                        isolated(
                            plugin,
                            change.enabled() ? "onEnabled" : "onDisabled",
                            p -> {
                              if (change.enabled()) {
                                p.onEnabled(change.organisation(), change.settings());
                              } else {
                                p.onDisabled(change.organisation());
                              }
                            })));
  }

  /** One round: the due events, claimed one by one. One round at a time on this server. */
  void round() {
    round.run();
  }

  private void deliver(String id) {
    Optional<PluginEventOutbox.Claimed> claimed;
    try {
      claimed = outbox.claim(id, SERVER);
    } catch (RuntimeException claimedByAnotherServer) {
      return;
    }
    claimed.ifPresent(this::deliver);
  }

  private void deliver(PluginEventOutbox.Claimed claimed) {
    Optional<LoadedPlugin> plugin = runtime.activePlugin(claimed.pluginId());
    if (plugin.isEmpty()) {
      // stopped, failed or removed since: an inactive plugin hears nothing, as before the outbox
      LOG.info(() -> "Plugin " + claimed.pluginId() + " is not active: " + claimed.eventType() + " is not delivered to it");
      outbox.done(claimed.id());
      return;
    }
    DomainEvent event;
    try {
      event = payloads.read(claimed.eventType(), claimed.payload(), runtime.active().stream().flatMap(p -> p.events().stream()).toList()).orElse(null);
    } catch (RuntimeException e) {
      event = null;
    }
    if (event == null) {
      LOG.severe(() -> "Plugin " + claimed.pluginId() + ": gave up delivering " + claimed.eventType() + ", which cannot be read back: " + claimed.payload());
      outbox.done(claimed.id());
      return;
    }
    Optional<PluginSettings> settings;
    try {
      settings = enablements.settingsIfEnabledAt(event.organisationId(), plugin.get(), event.occurredAt());
    } catch (RuntimeException e) {
      retryOrGiveUp(claimed, event, "reading its enablement failed: " + PluginLoader.rootMessage(e));
      return;
    }
    if (settings.isEmpty()) {
      outbox.done(claimed.id());
      return;
    }
    DomainEvent heard = event;
    String what = "onEvent(" + event.getClass().getSimpleName() + ")";
    if (isolated(plugin.get(), what, p -> p.onEvent(heard, settings.get()))) {
      outbox.done(claimed.id());
    } else {
      retryOrGiveUp(claimed, event, what + " failed");
    }
  }

  private void retryOrGiveUp(PluginEventOutbox.Claimed claimed, DomainEvent event, String why) {
    int attempt = claimed.attempt();
    if (attempt > RETRY_DELAYS.size()) {
      LOG.severe(() -> "Plugin " + claimed.pluginId() + ": gave up delivering " + event + " after " + attempt + " tries (" + why + ")");
      outbox.done(claimed.id());
      return;
    }
    Duration delay = RETRY_DELAYS.get(attempt - 1);
    LOG.info(() -> "Plugin " + claimed.pluginId() + ": " + why + "; trying again in " + delay.toSeconds() + " s");
    outbox.failed(claimed.id(), why, delay);
    scheduler.schedule(this::round, delay.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Calls the plugin; true if it returned normally. */
  private static boolean isolated(LoadedPlugin plugin, String what, java.util.function.Consumer<MissionHubPlugin> call) {
    try {
      call.accept(plugin.plugin().orElseThrow());
      return true;
    } catch (RuntimeException | LinkageError e) {
      LOG.warning(() -> "Plugin " + plugin.id() + " failed in " + what + ": " + PluginLoader.rootMessage(e));
      return false;
    }
  }

  @PreDestroy
  void stop() {
    if (rounds != null) {
      rounds.cancel(false);
    }
  }
}
