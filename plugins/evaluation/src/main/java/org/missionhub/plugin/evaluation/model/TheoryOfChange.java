package org.missionhub.plugin.evaluation.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A mission's theory of change: its steps and the links between them, up to the mission target. Kept acyclic
 * by {@link #cycleThrough}, which every new or changed link is checked with; {@link #checks} finds what a
 * theory should not have. Linear in steps and links.
 */
public final class TheoryOfChange {

  private final Map<String, ChangeNode> nodes = new LinkedHashMap<>();
  private final List<ChangeLink> links;
  private final Map<String, List<ChangeLink>> outgoing = new HashMap<>();
  private final Map<String, List<ChangeLink>> incoming = new HashMap<>();

  public TheoryOfChange(List<ChangeNode> nodes, List<ChangeLink> links) {
    nodes.forEach(n -> this.nodes.put(n.id(), n));
    this.links = List.copyOf(links);
    for (ChangeLink link : links) {
      outgoing.computeIfAbsent(link.from(), k -> new ArrayList<>()).add(link);
      incoming.computeIfAbsent(link.to() == null ? "" : link.to(), k -> new ArrayList<>()).add(link);
    }
  }

  public List<ChangeNode> nodes() {
    return List.copyOf(nodes.values());
  }

  public List<ChangeLink> links() {
    return links;
  }

  public Optional<ChangeNode> node(String id) {
    return Optional.ofNullable(id == null ? null : nodes.get(id));
  }

  public Optional<ChangeLink> link(String id) {
    return links.stream().filter(l -> l.id().equals(id)).findFirst();
  }

  public List<ChangeLink> from(String nodeId) {
    return outgoing.getOrDefault(nodeId, List.of());
  }

  /** The links into a step, or into the mission target when {@code nodeId} is null. */
  public List<ChangeLink> into(String nodeId) {
    return incoming.getOrDefault(nodeId == null ? "" : nodeId, List.of());
  }

  public Optional<ChangeNode> forInitiative(String initiativeId) {
    return nodes.values().stream().filter(n -> initiativeId.equals(n.initiativeId())).findFirst();
  }

  /**
   * The chain of steps a link {@code from -> to} would close into a cycle ({@code to}, ..., {@code from}), or
   * nothing. {@code ignoring} is the link being changed, whose old ends no longer count.
   */
  public Optional<List<String>> cycleThrough(String from, String to, String ignoring) {
    if (to == null) {
      return Optional.empty();
    }
    // a path to -> ... -> from, found breadth first, remembering where each step was reached from
    Map<String, String> reachedFrom = new HashMap<>();
    Deque<String> queue = new ArrayDeque<>(List.of(to));
    reachedFrom.put(to, null);
    while (!queue.isEmpty()) {
      String at = queue.poll();
      if (at.equals(from)) {
        List<String> path = new ArrayList<>();
        for (String step = at; step != null; step = reachedFrom.get(step)) {
          path.add(step);
        }
        Collections.reverse(path);
        return Optional.of(path);
      }
      for (ChangeLink next : from(at)) {
        if (!next.id().equals(ignoring) && next.to() != null && !reachedFrom.containsKey(next.to())) {
          reachedFrom.put(next.to(), at);
          queue.add(next.to());
        }
      }
    }
    return Optional.empty();
  }

  /** The steps from which a chain of links reaches the mission target. */
  public Set<String> reachingTarget() {
    Set<String> reaching = new HashSet<>();
    Deque<String> queue = new ArrayDeque<>();
    into(null).forEach(l -> queue.add(l.from()));
    while (!queue.isEmpty()) {
      String at = queue.poll();
      if (reaching.add(at)) {
        into(at).forEach(l -> queue.add(l.from()));
      }
    }
    return reaching;
  }

  /**
   * What the theory should not have, given the roadmap's initiatives that still run (id to title, stopped
   * ones left out) and the ids of every initiative the roadmap has.
   */
  public List<TheoryCheck> checks(Map<String, String> runningInitiatives, Set<String> roadmapInitiatives) {
    List<TheoryCheck> checks = new ArrayList<>();
    if (!nodes.isEmpty() && into(null).isEmpty()) {
      checks.add(new TheoryCheck(TheoryCheck.Kind.TARGET_UNREACHED, null, null, ""));
    }
    Set<String> reaching = reachingTarget();
    for (ChangeNode node : nodes.values()) {
      if (node.kind() == NodeKind.INITIATIVE && !roadmapInitiatives.contains(node.initiativeId())) {
        checks.add(new TheoryCheck(TheoryCheck.Kind.INITIATIVE_GONE, node.id(), node.initiativeId(), node.title()));
      } else if (node.kind().isAction() && from(node.id()).isEmpty()) {
        checks.add(new TheoryCheck(TheoryCheck.Kind.CONTRIBUTES_TO_NOTHING, node.id(), node.initiativeId(), node.title()));
      } else if (!node.kind().isAction() && !reaching.contains(node.id())) {
        checks.add(new TheoryCheck(TheoryCheck.Kind.LEADS_NOWHERE, node.id(), null, node.title()));
      }
    }
    runningInitiatives.forEach((id, title) -> {
      if (forInitiative(id).isEmpty()) {
        checks.add(new TheoryCheck(TheoryCheck.Kind.CONTRIBUTES_TO_NOTHING, null, id, title));
      }
    });
    return checks;
  }
}
