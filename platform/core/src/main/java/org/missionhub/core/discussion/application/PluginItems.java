package org.missionhub.core.discussion.application;

import java.util.Optional;
import org.missionhub.api.plugin.DiscussableItem;
import org.missionhub.core.mission.domain.Mission;

/**
 * Names a plugin's item for its discussion (contract 1.10.0), as the caller: provided by the plugin runtime, declared
 * here so that the discussion does not depend on the runtime (which depends, through start-up, on the discussion).
 */
public interface PluginItems {

  /** The item if the plugin is active and enabled in the caller's organisation, and names it for the caller; else empty. */
  Optional<DiscussableItem> find(Mission mission, String pluginId, String type, String id);
}
