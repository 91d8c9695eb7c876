package org.missionhub.api.plugin;

import java.util.List;
import org.missionhub.api.mission.MissionFacts;
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

  /**
   * The missions of the active organisations that are not archived, by title (contract 1.6.0): what a
   * platform-wide figure counts, such as the share of missions with an approved M&E plan.
   */
  List<MissionFacts> currentMissions();

  /**
   * Records a write the plugin made at platform level — who (the caller), what, when — in the platform's
   * audit log, which platform administrators read (contract 1.3.0). Call it inside the database work that
   * writes ({@code context.database().inTransaction(...)}), so that the write and its record commit together.
   */
  void audit(AuditRecord record);

  /** The platform's cross-organisation workshops about the plugin's items (contract 1.11.0): see {@link Workshops}. */
  default Workshops workshops() {
    throw new UnsupportedOperationException("workshops() needs plugin contract 1.11.0");
  }

  default void requireRole(String platformRole) {
    if (!hasRole(platformRole)) {
      throw PluginProblem.forbidden("This needs the platform role " + platformRole);
    }
  }
}
