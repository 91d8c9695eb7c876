package org.missionhub.core.mission.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.missionhub.core.mission.domain.HealthCheck;
import org.missionhub.core.mission.domain.Mission;
import org.missionhub.core.mission.persistence.PartnerRepository;
import org.missionhub.core.mission.persistence.RoleRepository;

/** The health questions about the mission itself: a measurable target, a leader, partners. */
@ApplicationScoped
public class CoreHealthChecks implements HealthCheckContributor {

  @Inject PartnerRepository partners;
  @Inject RoleRepository roles;

  @Override
  public int order() {
    return 0;
  }

  @Override
  public Map<String, List<HealthCheck>> checks(Collection<Mission> missions) {
    List<String> ids = missions.stream().map(m -> m.id().toString()).toList();
    Map<String, Long> partnerCounts = partners.acceptedCounts(ids);
    Map<String, Long> leaderCounts = roles.leaderCounts(ids);
    Map<String, List<HealthCheck>> checks = new HashMap<>();
    for (Mission mission : missions) {
      String id = mission.id().toString();
      checks.put(
          id,
          List.of(
              new HealthCheck(
                  "measurable-target",
                  mission.hasMeasurableTarget(),
                  "The mission has a clearly defined, measurable target",
                  "Only a quarter of missions have a clearly defined target; without one, nobody can tell"
                      + " whether the mission is getting closer to its goal."),
              new HealthCheck(
                  "leader-assigned",
                  leaderCounts.getOrDefault(id, 0L) > 0,
                  "A mission leader is assigned",
                  "Someone has to own the gate decisions and the partnerships, or the mission loses momentum."),
              new HealthCheck(
                  "has-partners",
                  partnerCounts.getOrDefault(id, 0L) > 0,
                  "At least one partner organisation co-manages the mission",
                  "Missions align many organisations towards one goal; a mission run by one organisation"
                      + " risks working in a silo.")));
    }
    return checks;
  }
}
