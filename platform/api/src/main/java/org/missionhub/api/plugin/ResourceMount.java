package org.missionhub.api.plugin;

/**
 * Where the platform mounts a plugin's JAX-RS resources (contract 1.3.0), as {@link
 * MissionHubPlugin#resourceClasses()} names them.
 */
public enum ResourceMount {
  /** {@code /api/v1/orgs/{slug}/missions/{missionId}/<pluginId>/...}, served by {@link MissionHubPlugin#missionResource}. */
  MISSION("/api/v1/orgs/{slug}/missions/{missionId}/"),
  /** {@code /api/v1/orgs/{slug}/<pluginId>/...}, served by {@link MissionHubPlugin#organisationResource}. */
  ORGANISATION("/api/v1/orgs/{slug}/"),
  /** {@code /api/v1/platform/<pluginId>/...}, served by {@link MissionHubPlugin#platformResource}. */
  PLATFORM("/api/v1/platform/"),
  /**
   * {@code /api/v1/public/<pluginId>/...}, served by {@link MissionHubPlugin#publicResource}: reads without a
   * token (contract 1.14.0).
   */
  PUBLIC("/api/v1/public/");

  private final String prefix;

  ResourceMount(String prefix) {
    this.prefix = prefix;
  }

  /** The mount's path for a plugin, without a trailing slash: {@code /api/v1/orgs/{slug}/notes}. */
  public String path(String pluginId) {
    return prefix + pluginId;
  }
}
