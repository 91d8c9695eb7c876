package org.missionhub.core.plugin;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.missionhub.api.event.DomainEvent;
import org.missionhub.api.plugin.MissionHubPlugin;
import org.missionhub.api.plugin.PluginSettings;

/**
 * Tells plugins what happened, after the change committed (never about a change that rolled back), off the
 * request thread, and only for organisations that enabled them: the platform's events and those plugins
 * publish ({@link #publish}). A listener that throws is logged and tried again, twice, {@link #RETRY_DELAYS}
 * apart; the request, the publisher and the other plugins are not affected. "Enabled" means enabled when the
 * event happened. Retries are kept in memory: a server that stops drops the ones still waiting.
 */
@ApplicationScoped
public class PluginEvents {

  private static final Logger LOG = Logger.getLogger(PluginEvents.class.getName());

  /** How long to wait before the second and the third try. */
  static final List<Duration> RETRY_DELAYS = List.of(Duration.ofSeconds(1), Duration.ofSeconds(5));

  @Inject PluginRuntime runtime;
  @Inject PluginEnablements enablements;
  @Inject Event<DomainEvent> events;
  @Resource ManagedExecutorService executor;
  @Resource ManagedScheduledExecutorService scheduler;

  /**
   * A plugin publishes one of its own events: checked now, delivered like the platform's after the
   * current transaction commits (CDI's transactional observer; at once without a transaction).
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

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) DomainEvent event) {
    for (LoadedPlugin plugin : runtime.active()) {
      executor.execute(() -> deliver(plugin, event, 1));
    }
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

  private void deliver(LoadedPlugin plugin, DomainEvent event, int attempt) {
    Optional<PluginSettings> settings;
    try {
      settings = enablements.settingsIfEnabledAt(event.organisationId(), plugin, event.occurredAt());
    } catch (RuntimeException e) {
      retryOrGiveUp(plugin, event, attempt, "reading its enablement failed: " + PluginLoader.rootMessage(e));
      return;
    }
    if (settings.isEmpty()) {
      return;
    }
    String what = "onEvent(" + event.getClass().getSimpleName() + ")";
    boolean delivered = isolated(plugin, what, p -> p.onEvent(event, settings.get()));
    if (!delivered) {
      retryOrGiveUp(plugin, event, attempt, what + " failed");
    }
  }

  private void retryOrGiveUp(LoadedPlugin plugin, DomainEvent event, int attempt, String why) {
    if (attempt > RETRY_DELAYS.size()) {
      LOG.severe(() -> "Plugin " + plugin.id() + ": gave up delivering " + event + " after " + attempt + " tries (" + why + ")");
      return;
    }
    Duration delay = RETRY_DELAYS.get(attempt - 1);
    LOG.info(() -> "Plugin " + plugin.id() + ": " + why + "; trying again in " + delay.toSeconds() + " s");
    scheduler.schedule(() -> deliver(plugin, event, attempt + 1), delay.toMillis(), TimeUnit.MILLISECONDS);
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
}
