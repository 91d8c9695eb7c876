package org.missionhub.plugin.roadmap.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dependencies of a mission's roadmap as a directed graph (predecessor to successor). Written by hand:
 * a breadth-first search over a few thousand edges does not need a graph library.
 */
public final class DependencyGraph {

  private final Map<ItemRef, List<ItemRef>> successors = new HashMap<>();

  public DependencyGraph(Collection<Dependency> dependencies) {
    dependencies.forEach(d -> successors.computeIfAbsent(d.predecessor(), k -> new ArrayList<>()).add(d.successor()));
  }

  /**
   * The cycle that an edge from {@code predecessor} to {@code successor} would close, as the path
   * {@code predecessor -> successor -> ... -> predecessor}; empty if it closes none.
   */
  public Optional<List<ItemRef>> cycleClosedBy(ItemRef predecessor, ItemRef successor) {
    if (predecessor.equals(successor)) {
      return Optional.of(List.of(predecessor, successor));
    }
    Map<ItemRef, ItemRef> cameFrom = new HashMap<>();
    Deque<ItemRef> queue = new ArrayDeque<>();
    queue.add(successor);
    cameFrom.put(successor, null);
    while (!queue.isEmpty()) {
      ItemRef current = queue.poll();
      if (current.equals(predecessor)) {
        List<ItemRef> path = new ArrayList<>();
        for (ItemRef step = current; step != null; step = cameFrom.get(step)) {
          path.add(0, step);
        }
        path.add(0, predecessor);
        return Optional.of(path);
      }
      for (ItemRef next : successors.getOrDefault(current, List.of())) {
        if (!cameFrom.containsKey(next)) {
          cameFrom.put(next, current);
          queue.add(next);
        }
      }
    }
    return Optional.empty();
  }
}
