package org.missionhub.api.plugin;

import java.time.Clock;

/** What the platform gives a plugin when it starts. */
public interface PluginContext {

  /** The id the plugin was registered under. */
  String pluginId();

  PluginDatabase database();

  /** The platform's clock (UTC). */
  Clock clock();
}
