package org.missionhub.plugin.roadmap.api;

import java.util.List;
import java.util.Optional;
import org.missionhub.api.plugin.MissionScope;

/**
 * The roadmap plugin's exported service (contract 1.3.0 services): a mission's initiatives, read through
 * the requiring plugin's mission scope, so tenancy is the request's, and in that request's transaction.
 */
public interface PortfolioInitiatives {

  /** The mission's initiatives in the roadmap's order, read in a fixed number of statements whatever their number. */
  List<PortfolioInitiative> initiatives(MissionScope mission);

  /** One initiative of the mission, or nothing when it is not the mission's. */
  default Optional<PortfolioInitiative> initiative(MissionScope mission, String id) {
    return initiatives(mission).stream().filter(i -> i.id().equals(id)).findFirst();
  }
}
