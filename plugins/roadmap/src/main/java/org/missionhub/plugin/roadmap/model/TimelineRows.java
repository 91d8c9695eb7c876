package org.missionhub.plugin.roadmap.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The rows of the timeline: the initiatives a filter lets through, grouped by objective (an initiative
 * serving two objectives shows under both; those serving none last), by owner organisation, or not at all,
 * and the mission's own milestones (shown unless the filter narrows to an organisation or an objective).
 */
public record TimelineRows(List<Group> groups, List<Milestone> missionMilestones) {

  public TimelineRows {
    groups = List.copyOf(groups);
    missionMilestones = List.copyOf(missionMilestones);
  }

  public enum GroupBy {
    NONE,
    OBJECTIVE,
    OWNER
  }

  /** A heading (null when not grouped) and its initiatives. */
  public record Group(String label, List<Initiative> initiatives) {

    public Group {
      initiatives = List.copyOf(initiatives);
    }
  }

  /** Each part null for "any": an organisation taking part (owner or contributor), an objective, a horizon, a lifecycle status. */
  public record Filter(String organisation, String objective, Horizon horizon, Lifecycle lifecycle) {

    public static final Filter NONE = new Filter(null, null, null, null);

    public boolean accepts(Initiative i) {
      return (organisation == null || i.owner().equals(organisation) || i.contributors().contains(organisation))
          && (objective == null || i.objectives().contains(objective))
          && (horizon == null || i.horizon().filter(horizon::equals).isPresent())
          && (lifecycle == null || i.lifecycle() == lifecycle);
    }
  }

  /**
   * @param ownerName an organisation's name by its id
   * @param none the heading of initiatives serving no objective
   */
  public static TimelineRows of(Portfolio portfolio, Filter filter, GroupBy by, Function<String, String> ownerName, String none) {
    List<Initiative> shown = portfolio.initiatives().stream().filter(filter::accepts).toList();
    List<Group> groups = switch (by) {
      case NONE -> shown.isEmpty() ? List.of() : List.of(new Group(null, shown));
      case OBJECTIVE -> byObjective(portfolio, shown, filter, none);
      case OWNER -> byOwner(shown, ownerName);
    };
    List<Milestone> mission = filter.organisation() != null || filter.objective() != null
        ? List.of()
        : portfolio.milestones().stream().filter(m -> m.initiativeId() == null).toList();
    return new TimelineRows(groups, mission);
  }

  private static List<Group> byObjective(Portfolio portfolio, List<Initiative> shown, Filter filter, String none) {
    List<Group> groups = new ArrayList<>();
    for (Objective objective : portfolio.objectives()) {
      if (filter.objective() != null && !filter.objective().equals(objective.id())) {
        continue;
      }
      List<Initiative> serving = shown.stream().filter(i -> i.objectives().contains(objective.id())).toList();
      if (!serving.isEmpty()) {
        groups.add(new Group(objective.title(), serving));
      }
    }
    List<Initiative> serveNone = shown.stream().filter(i -> i.objectives().isEmpty()).toList();
    if (!serveNone.isEmpty()) {
      groups.add(new Group(none, serveNone));
    }
    return groups;
  }

  private static List<Group> byOwner(List<Initiative> shown, Function<String, String> ownerName) {
    Map<String, List<Initiative>> byName = new LinkedHashMap<>();
    shown.stream()
        .sorted(java.util.Comparator.comparing((Initiative i) -> Objects.requireNonNullElse(ownerName.apply(i.owner()), "")))
        .forEach(i -> byName.computeIfAbsent(Objects.requireNonNullElse(ownerName.apply(i.owner()), "—"), k -> new ArrayList<>()).add(i));
    return byName.entrySet().stream().map(e -> new Group(e.getKey(), e.getValue())).toList();
  }
}
