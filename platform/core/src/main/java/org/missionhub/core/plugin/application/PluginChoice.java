package org.missionhub.core.plugin.application;

import java.util.Map;
import org.missionhub.api.plugin.PluginSettings;
import org.missionhub.core.plugin.LoadedPlugin;

/**
 * An active plugin as one organisation has it: enabled or not, its effective settings (defaults included)
 * and the version of the organisation's choice, for If-Match (0 before the first change).
 */
public record PluginChoice(LoadedPlugin plugin, boolean enabled, PluginSettings settings, Map<String, String> entered, long version) {}
