package org.missionhub.plugin.evaluation.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.missionhub.api.mission.MissionFacts;
import org.missionhub.api.mission.MissionId;
import org.missionhub.api.organisation.OrganisationFacts;
import org.missionhub.api.organisation.OrganisationId;
import org.missionhub.api.plugin.PlatformScope;
import org.missionhub.plugin.evaluation.model.PlatformCoverage;
import org.missionhub.plugin.evaluation.store.OrganisationEvaluation;

/**
 * The platform's coverage: the current missions from the platform, the approved plans in one recorded read
 * across organisations, grouped by the type of the mission's lead organisation.
 */
public final class PlatformCoverageService {

  private final OrganisationEvaluation evaluation;

  public PlatformCoverageService(OrganisationEvaluation evaluation) {
    this.evaluation = evaluation;
  }

  public PlatformCoverage read(PlatformScope scope) {
    List<MissionFacts> missions = scope.currentMissions();
    Set<MissionId> withPlan = evaluation.withApprovedPlanAcrossOrganisations("the platform's coverage of approved M&E plans, for " + scope.caller().subject());
    Map<OrganisationId, String> types = scope.activeOrganisations().stream().collect(Collectors.toMap(OrganisationFacts::id, o -> o.type().name()));
    Map<String, List<MissionFacts>> byType = missions.stream().collect(Collectors.groupingBy(m -> types.getOrDefault(m.lead(), "UNKNOWN"), TreeMap::new, Collectors.toList()));
    Function<List<MissionFacts>, Integer> planned = list -> (int) list.stream().filter(m -> withPlan.contains(m.id())).count();
    List<PlatformCoverage.Share> groups = new ArrayList<>();
    byType.forEach((type, list) -> groups.add(new PlatformCoverage.Share(type, list.size(), planned.apply(list))));
    return new PlatformCoverage(new PlatformCoverage.Share(null, missions.size(), planned.apply(missions)), groups);
  }
}
