package org.missionhub.api.plugin;

/** A request at platform level ({@code /api/v1/platform/<pluginId>/...}): no organisation. */
public interface PlatformScope {

  PersonRef caller();

  /** Whether the caller holds a platform role: PLATFORM_ADMIN or BENCHMARK_ANALYST. */
  boolean hasRole(String platformRole);

  default void requireRole(String platformRole) {
    if (!hasRole(platformRole)) {
      throw PluginProblem.forbidden("This needs the platform role " + platformRole);
    }
  }
}
