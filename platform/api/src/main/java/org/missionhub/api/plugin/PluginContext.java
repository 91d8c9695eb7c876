package org.missionhub.api.plugin;

import java.time.Clock;

/** What the platform gives a plugin when it starts. */
public interface PluginContext {

  /** The id the plugin was registered under. */
  String pluginId();

  PluginDatabase database();

  /** The platform's clock (UTC). */
  Clock clock();

  /** Publishes the plugin's own events (contract 1.3.0). */
  EventPublisher events();

  /** Runs the plugin's periodic jobs, once per period across servers (contract 1.3.0). */
  Scheduler scheduler();

  /**
   * A service exported by a plugin this one requires (contract 1.3.0), that plugin's version checked by
   * the requirement's range. Ask in {@link MissionHubPlugin#start} or later.
   *
   * @throws IllegalStateException if no plugin this one requires exports the type
   */
  <T> T service(Class<T> type);
}
