package org.missionhub.plugin.roadmap.service;

import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;
import org.missionhub.api.mission.MissionRole;
import org.missionhub.api.organisation.OrganisationId;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.plugin.roadmap.api.DependencyBroken;
import org.missionhub.plugin.roadmap.model.Dependency;
import org.missionhub.plugin.roadmap.model.ItemRef;
import org.missionhub.plugin.roadmap.model.Portfolio;

/**
 * When a change breaks a dependency that held, the organisation owning what waits is told: an event for
 * other plugins ({@link DependencyBroken}) and an in-app notice to its people leading, coordinating or
 * implementing in the mission (not the person who made the change).
 */
final class SlipWarnings {

  private static final Set<MissionRole> TOLD = Set.of(MissionRole.LEADER, MissionRole.COORDINATOR, MissionRole.IMPLEMENTER);

  private final MissionScope scope;
  private final RoadmapContext context;

  SlipWarnings(MissionScope scope, RoadmapContext context) {
    this.scope = scope;
    this.context = context;
  }

  void compare(Portfolio before, Portfolio after) {
    Set<String> brokenBefore = new HashSet<>();
    before.brokenDependencies().forEach(d -> brokenBefore.add(d.id()));
    for (Dependency dependency : after.brokenDependencies()) {
      if (!brokenBefore.contains(dependency.id())) {
        warn(after, dependency);
      }
    }
  }

  private void warn(Portfolio portfolio, Dependency dependency) {
    String owner = owner(portfolio, dependency.successor());
    if (owner == null) {
      return;
    }
    context.events().publish(
        new DependencyBroken(
            OrganisationId.of(owner), scope.missionId(), dependency.id(), ref(dependency.predecessor()), ref(dependency.successor()), OffsetDateTime.now(context.clock())));
    var message = context.text("roadmap.notice.dependencyBroken", title(portfolio, dependency.successor()), scope.mission().title(), title(portfolio, dependency.predecessor()));
    scope.people().stream()
        .filter(p -> p.organisation().toString().equals(owner) && TOLD.contains(p.role()))
        .map(p -> p.person().subject())
        .filter(subject -> !subject.equals(scope.caller().subject()))
        .distinct()
        .forEach(subject -> context.notifier().notify(subject, "dependency-broken", message, scope.missionId()));
  }

  private static String owner(Portfolio portfolio, ItemRef item) {
    return item.kind() == ItemRef.Kind.INITIATIVE
        ? portfolio.initiative(item.id()).map(i -> i.owner()).orElse(null)
        : portfolio.milestone(item.id()).map(m -> m.owner()).orElse(null);
  }

  private static String title(Portfolio portfolio, ItemRef item) {
    return item.kind() == ItemRef.Kind.INITIATIVE
        ? portfolio.initiative(item.id()).map(i -> i.title()).orElse(item.id())
        : portfolio.milestone(item.id()).map(m -> m.title()).orElse(item.id());
  }

  private static String ref(ItemRef item) {
    return item.kind().name().toLowerCase(java.util.Locale.ROOT) + ":" + item.id();
  }
}
