package org.missionhub.core.governance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.missionhub.core.governance.domain.Risk;
import org.missionhub.core.governance.persistence.GovernanceRepository;
import org.missionhub.core.mission.application.HealthCheckContributor;
import org.missionhub.core.mission.domain.HealthCheck;
import org.missionhub.core.mission.domain.Mission;

/** The health question governance answers: are high risks left open? */
@ApplicationScoped
public class RiskHealthChecks implements HealthCheckContributor {

  @Inject GovernanceRepository governance;

  @Override
  public int order() {
    return 100;
  }

  @Override
  public Map<String, List<HealthCheck>> checks(Collection<Mission> missions) {
    Map<String, Long> high = governance.activeHighRiskCounts(missions.stream().map(m -> m.id().toString()).toList());
    Map<String, List<HealthCheck>> checks = new HashMap<>();
    for (Mission mission : missions) {
      long open = high.getOrDefault(mission.id().toString(), 0L);
      checks.put(
          mission.id().toString(),
          List.of(
              new HealthCheck(
                  "no-open-high-risks",
                  open == 0,
                  open == 0
                      ? "No high risk is left open"
                      : open + " high risk" + (open == 1 ? " is" : "s are") + " open (likelihood x impact >= " + Risk.HIGH_SCORE + ")",
                  "Silos, lost momentum and a lack of committed support are why missions fail; a high risk"
                      + " needs an owner and a mitigation.")));
    }
    return checks;
  }
}
