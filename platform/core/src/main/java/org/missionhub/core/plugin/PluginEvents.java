package org.missionhub.core.plugin;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.missionhub.api.event.DomainEvent;
import org.missionhub.api.plugin.MissionHubPlugin;
import org.missionhub.core.plugin.application.PluginChoiceChanged;
import org.missionhub.core.plugin.application.PluginEnablements;

/**
 * Tells plugins what happened, after the change committed (never about a change that rolled back), off the
 * request thread, and only for organisations that enabled them. A plugin that throws is logged; the
 * request and the other plugins are not affected. "Enabled" means enabled when the event happened.
 */
@ApplicationScoped
public class PluginEvents {

  private static final Logger LOG = Logger.getLogger(PluginEvents.class.getName());

  @Inject PluginRuntime runtime;
  @Inject PluginEnablements enablements;
  @Resource ManagedExecutorService executor;

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) DomainEvent event) {
    for (LoadedPlugin plugin : runtime.active()) {
      executor.execute(() -> deliver(plugin, event));
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

  private void deliver(LoadedPlugin plugin, DomainEvent event) {
    enablements
        .settingsIfEnabledAt(event.organisationId(), plugin, event.occurredAt())
        .ifPresent(settings -> isolated(plugin, "onEvent(" + event.getClass().getSimpleName() + ")", p -> p.onEvent(event, settings)));
  }

  private static void isolated(LoadedPlugin plugin, String what, java.util.function.Consumer<MissionHubPlugin> call) {
    try {
      call.accept(plugin.plugin().orElseThrow());
    } catch (RuntimeException | LinkageError e) {
      LOG.warning(() -> "Plugin " + plugin.id() + " failed in " + what + ": " + PluginLoader.rootMessage(e));
    }
  }
}
