package org.missionhub.api.plugin;

import java.util.Objects;

/** Another plugin this one needs, in a range of its versions. */
public record PluginDependency(String pluginId, VersionRange versions) {

  public PluginDependency {
    Objects.requireNonNull(pluginId, "pluginId");
    Objects.requireNonNull(versions, "versions");
  }

  public static PluginDependency on(String pluginId, String versionRange) {
    return new PluginDependency(pluginId, VersionRange.parse(versionRange));
  }
}
