package org.missionhub.plugin.testing;

import org.missionhub.api.plugin.LocalizedText;
import org.missionhub.api.plugin.MissionHubPlugin;
import org.missionhub.api.plugin.PluginApi;
import org.missionhub.api.plugin.PluginDescriptor;

/** Shared descriptor building for the test plugins. */
abstract class TestPlugin implements MissionHubPlugin {

  static PluginDescriptor.Builder descriptor(String id) {
    return PluginDescriptor.builder(id)
        .name(LocalizedText.of("en", "Test plugin " + id))
        .description(LocalizedText.of("en", "Wrong on purpose, for MissionHub's integration tests"))
        .version("1.0.0")
        .apiVersions(PluginApi.VERSION);
  }
}
