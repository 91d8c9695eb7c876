package org.missionhub.plugin.roadmap.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A mission's whole roadmap, read at once: its objectives, initiatives, milestones and dependencies, with
 * what follows from them (broken dependencies, each initiative's next milestone).
 */
public record Portfolio(List<Objective> objectives, List<Initiative> initiatives, List<Milestone> milestones, List<Dependency> dependencies) {

  public Portfolio {
    objectives = List.copyOf(objectives);
    initiatives = List.copyOf(initiatives);
    milestones = List.copyOf(milestones);
    dependencies = List.copyOf(dependencies);
  }

  public Optional<Initiative> initiative(String id) {
    return initiatives.stream().filter(i -> i.id().equals(id)).findFirst();
  }

  public Optional<Milestone> milestone(String id) {
    return milestones.stream().filter(m -> m.id().equals(id)).findFirst();
  }

  public Optional<Objective> objective(String id) {
    return objectives.stream().filter(o -> o.id().equals(id)).findFirst();
  }

  /** The same portfolio with one initiative added or replaced. */
  public Portfolio with(Initiative changed) {
    List<Initiative> list = new java.util.ArrayList<>(initiatives.stream().filter(i -> !i.id().equals(changed.id())).toList());
    list.add(changed);
    return new Portfolio(objectives, list, milestones, dependencies);
  }

  /** The same portfolio with one milestone added or replaced. */
  public Portfolio with(Milestone changed) {
    List<Milestone> list = new java.util.ArrayList<>(milestones.stream().filter(m -> !m.id().equals(changed.id())).toList());
    list.add(changed);
    return new Portfolio(objectives, initiatives, list, dependencies);
  }

  public boolean contains(ItemRef item) {
    return item.kind() == ItemRef.Kind.INITIATIVE ? initiative(item.id()).isPresent() : milestone(item.id()).isPresent();
  }

  /**
   * The dependencies whose successor is planned to start before its predecessor allows: finishing (or
   * starting) later than the successor starts. Items without the dates to tell are not broken.
   */
  public List<Dependency> brokenDependencies() {
    Map<String, Initiative> byInitiative = initiatives.stream().collect(Collectors.toMap(Initiative::id, Function.identity()));
    Map<String, Milestone> byMilestone = milestones.stream().collect(Collectors.toMap(Milestone::id, Function.identity()));
    return dependencies.stream().filter(d -> broken(d, byInitiative, byMilestone)).toList();
  }

  /** The initiative's earliest milestone still open, due on or after {@code today} or overdue. */
  public Optional<Milestone> nextMilestone(String initiativeId) {
    return milestones.stream()
        .filter(m -> initiativeId.equals(m.initiativeId()) && m.isOpen())
        .min(Comparator.comparing(Milestone::due));
  }

  private static boolean broken(Dependency d, Map<String, Initiative> initiatives, Map<String, Milestone> milestones) {
    LocalDate allowed =
        d.kind() == DependencyKind.FINISH_TO_START
            ? finish(d.predecessor(), initiatives, milestones)
            : start(d.predecessor(), initiatives, milestones);
    LocalDate planned = start(d.successor(), initiatives, milestones);
    return allowed != null && planned != null && allowed.isAfter(planned);
  }

  private static LocalDate start(ItemRef item, Map<String, Initiative> initiatives, Map<String, Milestone> milestones) {
    return item.kind() == ItemRef.Kind.INITIATIVE
        ? Optional.ofNullable(initiatives.get(item.id())).map(Initiative::start).orElse(null)
        : Optional.ofNullable(milestones.get(item.id())).map(Milestone::due).orElse(null);
  }

  private static LocalDate finish(ItemRef item, Map<String, Initiative> initiatives, Map<String, Milestone> milestones) {
    return item.kind() == ItemRef.Kind.INITIATIVE
        ? Optional.ofNullable(initiatives.get(item.id())).map(Initiative::end).orElse(null)
        : Optional.ofNullable(milestones.get(item.id())).map(Milestone::due).orElse(null);
  }
}
