package org.missionhub.plugin.funding.service;

import java.util.List;
import org.missionhub.api.mission.MissionFacts;
import org.missionhub.api.plugin.OrganisationScope;
import org.missionhub.plugin.funding.model.Mix;
import org.missionhub.plugin.funding.store.FundingStore;

/**
 * The funding of every mission the organisation takes part in, for its "Funding mix" page: where the money
 * comes from by type of source, per currency the missions report in. The plans are read in the same five
 * statements for all missions, in one transaction bound to the organisation.
 */
public final class OrganisationFunding {

  private final OrganisationScope scope;
  private final FundingStore store = new FundingStore();

  public OrganisationFunding(OrganisationScope scope) {
    this.scope = scope;
  }

  public List<Mix> mixes() {
    List<String> missions = scope.missions().stream().map(MissionFacts::id).map(Object::toString).toList();
    if (missions.isEmpty()) {
      return List.of();
    }
    // a mission without funding has an empty plan, which adds nothing but its currency's count of missions
    return Mix.across(scope.database().inTransaction(c -> store.plans(c, missions)).values().stream().filter(p -> !p.flows().isEmpty()).toList());
  }
}
