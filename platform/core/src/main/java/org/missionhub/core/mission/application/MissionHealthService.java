package org.missionhub.core.mission.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.missionhub.core.mission.domain.HealthCheck;
import org.missionhub.core.mission.domain.Mission;
import org.missionhub.core.mission.domain.MissionHealth;

/** Computes mission health from every {@link HealthCheckContributor}. Used inside application services. */
@ApplicationScoped
public class MissionHealthService {

  @Inject @Any Instance<HealthCheckContributor> contributors;

  public Map<String, MissionHealth> healthOf(Collection<Mission> missions) {
    Map<String, List<HealthCheck>> all = new HashMap<>();
    contributors.stream()
        .sorted(Comparator.comparingInt(HealthCheckContributor::order))
        .forEach(
            contributor ->
                contributor
                    .checks(missions)
                    .forEach((id, checks) -> all.computeIfAbsent(id, k -> new ArrayList<>()).addAll(checks)));
    Map<String, MissionHealth> health = new HashMap<>();
    for (Mission mission : missions) {
      String id = mission.id().toString();
      health.put(id, MissionHealth.of(all.getOrDefault(id, List.of())));
    }
    return health;
  }

  public MissionHealth healthOf(Mission mission) {
    return healthOf(List.of(mission)).get(mission.id().toString());
  }
}
