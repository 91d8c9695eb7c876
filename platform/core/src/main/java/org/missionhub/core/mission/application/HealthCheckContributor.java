package org.missionhub.core.mission.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.missionhub.core.mission.domain.HealthCheck;
import org.missionhub.core.mission.domain.Mission;

/**
 * Contributes questions to the mission health check. Each feature that knows something about a mission's
 * health (governance knows its risks; later, evaluation knows its M&E plan and funding its commitments)
 * provides one CDI bean. Works on several missions at once so that a list page costs one query per
 * contributor, not one per mission.
 */
public interface HealthCheckContributor {

  /** Display order of this contributor's checks among all checks. */
  int order();

  /** The checks of each given mission, by mission id. */
  Map<String, List<HealthCheck>> checks(Collection<Mission> missions);
}
