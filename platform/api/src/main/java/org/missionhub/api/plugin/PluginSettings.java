package org.missionhub.api.plugin;

import java.util.Map;
import java.util.Optional;

/**
 * An organisation's validated settings for a plugin (defaults filled in). Values were checked against the
 * plugin's {@link SettingDefinition}s, so reading them as their declared type does not fail.
 */
public final class PluginSettings {

  private final Map<String, String> values;

  public PluginSettings(Map<String, String> values) {
    this.values = Map.copyOf(values);
  }

  public static PluginSettings none() {
    return new PluginSettings(Map.of());
  }

  public Optional<String> text(String key) {
    return Optional.ofNullable(values.get(key));
  }

  public int integer(String key) {
    return Integer.parseInt(require(key));
  }

  public boolean flag(String key) {
    return Boolean.parseBoolean(require(key));
  }

  public Map<String, String> asMap() {
    return values;
  }

  private String require(String key) {
    String value = values.get(key);
    if (value == null) {
      throw new IllegalStateException("no value for setting " + key);
    }
    return value;
  }
}
