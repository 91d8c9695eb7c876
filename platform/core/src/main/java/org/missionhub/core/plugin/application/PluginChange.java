package org.missionhub.core.plugin.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * What an organisation administrator sets for a plugin: enabled or not, and its settings. Settings left
 * out (null) keep what was entered before, so switching a plugin off and on again loses nothing.
 */
public record PluginChange(@NotNull Boolean enabled, @Size(max = 50) Map<String, String> settings) {

  public Map<String, String> settingsOr(Map<String, String> current) {
    return settings == null ? current : settings;
  }
}
