package org.missionhub.core.plugin;

import org.missionhub.api.organisation.OrganisationId;
import org.missionhub.api.plugin.PluginSettings;

/** An organisation enabled, reconfigured or disabled a plugin (fired inside the transaction). */
public record PluginChoiceChanged(OrganisationId organisation, String pluginId, boolean enabled, PluginSettings settings) {}
