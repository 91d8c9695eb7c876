package org.missionhub.plugin.roadmap.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.missionhub.api.mission.MissionFacts;
import org.missionhub.api.plugin.OrganisationScope;
import org.missionhub.plugin.roadmap.model.Initiative;
import org.missionhub.plugin.roadmap.model.ItemRef;
import org.missionhub.plugin.roadmap.model.Milestone;
import org.missionhub.plugin.roadmap.model.Portfolio;
import org.missionhub.plugin.roadmap.store.PortfolioReader;

/**
 * "Our initiatives": every initiative the organisation owns or contributes to, across the missions it takes
 * part in, with its next milestone and the broken dependencies it is part of. One read of each mission's
 * roadmap (six statements per mission), in one transaction bound to the organisation.
 */
public final class OrganisationInitiatives {

  /** One initiative as the organisation sees it. */
  public record Entry(MissionFacts mission, Initiative initiative, boolean owned, Optional<Milestone> nextMilestone, long brokenDependencies) {}

  private final OrganisationScope scope;
  private final PortfolioReader reader = new PortfolioReader();

  public OrganisationInitiatives(OrganisationScope scope) {
    this.scope = scope;
  }

  public List<Entry> list() {
    String organisation = scope.organisationId().toString();
    List<MissionFacts> missions = scope.missions();
    return scope.database().inTransaction(c -> {
      List<Entry> entries = new ArrayList<>();
      for (MissionFacts mission : missions) {
        Portfolio portfolio = reader.read(c, mission.id().toString());
        for (Initiative initiative : portfolio.initiatives()) {
          boolean owned = initiative.ownedBy(organisation);
          if (owned || initiative.contributors().contains(organisation)) {
            entries.add(new Entry(mission, initiative, owned, portfolio.nextMilestone(initiative.id()), broken(portfolio, initiative)));
          }
        }
      }
      return entries;
    });
  }

  /** Broken dependencies touching the initiative or one of its milestones. */
  private static long broken(Portfolio portfolio, Initiative initiative) {
    List<ItemRef> items = new ArrayList<>();
    items.add(ItemRef.initiative(initiative.id()));
    portfolio.milestones().stream().filter(m -> initiative.id().equals(m.initiativeId())).forEach(m -> items.add(ItemRef.milestone(m.id())));
    return portfolio.brokenDependencies().stream().filter(d -> items.contains(d.predecessor()) || items.contains(d.successor())).count();
  }
}
