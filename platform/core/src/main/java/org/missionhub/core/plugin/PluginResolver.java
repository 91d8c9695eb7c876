package org.missionhub.core.plugin;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.missionhub.api.plugin.PluginDependency;
import org.missionhub.api.plugin.PluginDescriptor;
import org.missionhub.api.plugin.SemanticVersion;

/**
 * Decides which of the plugins found can run, before any of their code runs beyond the descriptor: an id
 * the platform reserves or two plugins share, an API range without the platform's version, a missing,
 * refused or wrongly versioned requirement, a dependency cycle — each refuses the plugin concerned (and,
 * in turn, what requires it), never the others. The rest comes back in dependency order.
 */
final class PluginResolver {

  private PluginResolver() {}

  /** A candidate's verdict. */
  record Verdict(Candidate candidate, PluginState state, String reason) {}

  static List<Verdict> resolve(List<Candidate> candidates, SemanticVersion api, Set<String> reservedIds) {
    Map<Candidate, String> refused = new LinkedHashMap<>();
    for (Candidate c : candidates) {
      c.problem().ifPresent(p -> refused.put(c, p));
      if (c.problem().isEmpty() && reservedIds.contains(c.id())) {
        refused.put(c, "the id \"" + c.id() + "\" is reserved by the platform's own API");
      }
    }
    Map<String, List<Candidate>> byId =
        candidates.stream().filter(c -> !refused.containsKey(c)).collect(Collectors.groupingBy(Candidate::id, TreeMap::new, Collectors.toList()));
    byId.forEach(
        (id, same) -> {
          if (same.size() > 1) {
            String sources = same.stream().map(c -> c.plugin().map(x -> x.getClass().getName() + " in ").orElse("") + c.source()).collect(Collectors.joining(", "));
            same.forEach(c -> refused.put(c, "the id \"" + id + "\" is used by more than one plugin (" + sources + ")"));
          }
        });
    for (Candidate c : candidates) {
      if (!refused.containsKey(c) && !descriptor(c).apiVersions().contains(api)) {
        refused.put(c, "supports the plugin API " + descriptor(c).apiVersions() + ", the platform's is " + api);
      }
    }
    boolean changed = true;
    while (changed) {
      changed = refuseUnmetRequirements(candidates, refused);
      changed |= refuseCycles(candidates, refused);
    }
    List<Verdict> verdicts = new ArrayList<>();
    order(candidates.stream().filter(c -> !refused.containsKey(c)).toList())
        .forEach(c -> verdicts.add(new Verdict(c, PluginState.ACTIVE, null)));
    refused.forEach((c, reason) -> verdicts.add(new Verdict(c, PluginState.REFUSED, reason)));
    return verdicts;
  }

  private static boolean refuseUnmetRequirements(List<Candidate> candidates, Map<Candidate, String> refused) {
    boolean changed = false;
    for (Candidate c : candidates) {
      if (refused.containsKey(c)) {
        continue;
      }
      for (PluginDependency dependency : descriptor(c).requires()) {
        Optional<String> problem = unmet(dependency, candidates, refused);
        if (problem.isPresent()) {
          refused.put(c, problem.get());
          changed = true;
          break;
        }
      }
    }
    return changed;
  }

  private static Optional<String> unmet(PluginDependency dependency, List<Candidate> candidates, Map<Candidate, String> refused) {
    List<Candidate> named = candidates.stream().filter(c -> c.id().equals(dependency.pluginId())).toList();
    Optional<Candidate> usable = named.stream().filter(c -> !refused.containsKey(c)).findFirst();
    if (usable.isEmpty()) {
      return Optional.of(
          named.isEmpty()
              ? "requires " + dependency.pluginId() + " " + dependency.versions() + ", which is not installed"
              : "requires " + dependency.pluginId() + ", which was refused");
    }
    SemanticVersion installed = descriptor(usable.get()).version();
    return dependency.versions().contains(installed)
        ? Optional.empty()
        : Optional.of("requires " + dependency.pluginId() + " " + dependency.versions() + ", but version " + installed + " is installed");
  }

  /** Refuses every plugin on a requirement cycle (Tarjan's strongly connected components). */
  private static boolean refuseCycles(List<Candidate> candidates, Map<Candidate, String> refused) {
    Map<String, Candidate> live = new TreeMap<>();
    candidates.stream().filter(c -> !refused.containsKey(c)).forEach(c -> live.put(c.id(), c));
    Tarjan tarjan = new Tarjan(live);
    boolean changed = false;
    for (List<String> component : tarjan.components()) {
      boolean selfLoop = component.size() == 1 && edges(live.get(component.get(0))).contains(component.get(0));
      if (component.size() > 1 || selfLoop) {
        String cycle = String.join(" → ", component) + " → " + component.get(0);
        component.forEach(id -> refused.put(live.get(id), "dependency cycle: " + cycle));
        changed = true;
      }
    }
    return changed;
  }

  /** Requirements and the plugins used that are there first, then by id. */
  private static List<Candidate> order(List<Candidate> active) {
    Map<String, Candidate> byId = new TreeMap<>();
    active.forEach(c -> byId.put(c.id(), c));
    List<Candidate> ordered = new ArrayList<>();
    Set<String> placed = new java.util.HashSet<>();
    while (ordered.size() < byId.size()) {
      for (Candidate c : byId.values()) {
        if (!placed.contains(c.id()) && placed.containsAll(edges(c).stream().filter(byId::containsKey).toList())) {
          ordered.add(c);
          placed.add(c.id());
          break;
        }
      }
    }
    return ordered;
  }

  private static List<String> requires(Candidate c) {
    return descriptor(c).requires().stream().map(PluginDependency::pluginId).toList();
  }

  /**
   * What must start before the plugin: what it requires and what it uses (contract 1.7.0; a plugin used but
   * absent or refused is no edge, as the callers only follow edges to live plugins).
   */
  private static List<String> edges(Candidate c) {
    List<String> edges = new ArrayList<>(requires(c));
    descriptor(c).uses().forEach(u -> edges.add(u.pluginId()));
    return edges;
  }

  private static PluginDescriptor descriptor(Candidate c) {
    return c.descriptor().orElseThrow();
  }

  /** Strongly connected components of the graph of requirements and uses. */
  private static final class Tarjan {
    private final Map<String, Candidate> nodes;
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, Integer> low = new HashMap<>();
    private final Deque<String> stack = new ArrayDeque<>();
    private final Set<String> onStack = new java.util.HashSet<>();
    private final List<List<String>> components = new ArrayList<>();
    private int counter;

    Tarjan(Map<String, Candidate> nodes) {
      this.nodes = nodes;
      nodes.keySet().forEach(id -> {
        if (!index.containsKey(id)) {
          visit(id);
        }
      });
    }

    List<List<String>> components() {
      return components;
    }

    private void visit(String id) {
      index.put(id, counter);
      low.put(id, counter);
      counter++;
      stack.push(id);
      onStack.add(id);
      for (String next : edges(nodes.get(id))) {
        if (!nodes.containsKey(next)) {
          continue;
        }
        if (!index.containsKey(next)) {
          visit(next);
          low.put(id, Math.min(low.get(id), low.get(next)));
        } else if (onStack.contains(next)) {
          low.put(id, Math.min(low.get(id), index.get(next)));
        }
      }
      if (low.get(id).equals(index.get(id))) {
        List<String> component = new ArrayList<>();
        String member;
        do {
          member = stack.pop();
          onStack.remove(member);
          component.add(member);
        } while (!member.equals(id));
        component.sort(Comparator.naturalOrder());
        components.add(component);
      }
    }
  }
}
