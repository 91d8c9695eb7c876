package org.missionhub.plugin.roadmap.service;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.missionhub.api.organisation.OrganisationId;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.plugin.roadmap.api.PortfolioInitiative;
import org.missionhub.plugin.roadmap.api.PortfolioInitiatives;
import org.missionhub.plugin.roadmap.model.Initiative;
import org.missionhub.plugin.roadmap.model.Objective;
import org.missionhub.plugin.roadmap.model.Portfolio;
import org.missionhub.plugin.roadmap.store.PortfolioReader;

/** The roadmap's exported service: a mission's initiatives for the plugins that require the roadmap. */
public final class ExportedInitiatives implements PortfolioInitiatives {

  private final PortfolioReader reader = new PortfolioReader();

  @Override
  public List<PortfolioInitiative> initiatives(MissionScope mission) {
    Portfolio portfolio = mission.database().inTransaction(c -> reader.read(c, mission.missionId().toString()));
    Map<String, String> objectives = portfolio.objectives().stream().collect(Collectors.toMap(Objective::id, Objective::title));
    return portfolio.initiatives().stream().map(i -> exported(i, objectives)).toList();
  }

  private static PortfolioInitiative exported(Initiative i, Map<String, String> objectives) {
    return new PortfolioInitiative(
        i.id(), i.title(), OrganisationId.of(i.owner()), i.lifecycle().name(), i.objectives().stream().map(objectives::get).filter(t -> t != null).toList(),
        i.description(), i.start(), i.end());
  }
}
