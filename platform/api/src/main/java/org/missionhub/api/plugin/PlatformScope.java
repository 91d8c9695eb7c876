package org.missionhub.api.plugin;

import java.util.List;
import org.missionhub.api.organisation.OrganisationFacts;

/** A request at platform level ({@code /api/v1/platform/<pluginId>/...}): no organisation. */
public interface PlatformScope {

  PersonRef caller();

  /** Whether the caller holds a platform role: PLATFORM_ADMIN or BENCHMARK_ANALYST. */
  boolean hasRole(String platformRole);

  /**
   * The active (approved, not suspended) organisations, ordered by name (contract 1.2.0): who a platform
   * feature such as a benchmark campaign can address.
   */
  List<OrganisationFacts> activeOrganisations();

  default void requireRole(String platformRole) {
    if (!hasRole(platformRole)) {
      throw PluginProblem.forbidden("This needs the platform role " + platformRole);
    }
  }
}
