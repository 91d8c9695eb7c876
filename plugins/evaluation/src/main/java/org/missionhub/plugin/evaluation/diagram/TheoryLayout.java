package org.missionhub.plugin.evaluation.diagram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.missionhub.plugin.evaluation.model.ChangeLink;
import org.missionhub.plugin.evaluation.model.ChangeNode;
import org.missionhub.plugin.evaluation.model.NodeKind;
import org.missionhub.plugin.evaluation.model.TheoryOfChange;

/**
 * Lays a theory of change out in columns, left to right from what is done to the mission target: a step's
 * column is the higher of its kind's level and one past the steps that lead to it; the target has the last;
 * columns nothing fell into are dropped. A link that spans several columns passes through a waypoint in each
 * column between (a slot of its own, so it never runs through a step's box). Within columns, steps and
 * waypoints are ordered by the mean position of their neighbours (the barycenter heuristic), sweeping right
 * then left a few times, which removes most crossings.
 *
 * <p>Written here rather than taken from a layout library: the columns are the theory's own rule (kinds in
 * order), and what remains is a few lines of ordering; the libraries that do layered layout (ELK, Graphviz)
 * would bring a modelling framework or a native program for it.
 */
public final class TheoryLayout {

  /** Where a step, waypoint or the target is drawn: its column and row. */
  public record Place(int column, int row) {}

  /** The id standing for the mission target in {@link #columns()}. */
  public static final String TARGET = "";

  private static final String WAYPOINT = "~";
  private static final int SWEEPS = 4;

  private final Map<String, Place> places = new LinkedHashMap<>();
  private final List<List<String>> columns = new ArrayList<>();
  private final Map<String, List<String>> waypoints = new HashMap<>();
  private final Map<String, List<String>> before = new HashMap<>();
  private final Map<String, List<String>> after = new HashMap<>();

  public TheoryLayout(TheoryOfChange theory) {
    Map<String, Integer> column = new HashMap<>();
    for (ChangeNode node : theory.nodes()) {
      column(theory, node.id(), column, new HashSet<>());
    }
    int last = column.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
    int targetColumn = Math.max(last, theory.nodes().isEmpty() ? 0 : NodeKind.TARGET_LEVEL);
    column.put(TARGET, targetColumn);
    // a kind nobody used (no outputs yet, say) leaves no empty column: the order stays, the gap goes
    List<Integer> used = column.values().stream().distinct().sorted().toList();
    column.replaceAll((id, c) -> used.indexOf(c));
    for (int i = 0; i < used.size(); i++) {
      columns.add(new ArrayList<>());
    }
    theory.nodes().forEach(n -> columns.get(column.get(n.id())).add(n.id()));
    columns.get(column.get(TARGET)).add(TARGET);
    for (ChangeLink link : theory.links()) {
      String to = link.to() == null ? TARGET : link.to();
      List<String> chain = new ArrayList<>();
      chain.add(link.from());
      for (int c = column.get(link.from()) + 1; c < column.get(to); c++) {
        String waypoint = WAYPOINT + link.id() + WAYPOINT + c;
        columns.get(c).add(waypoint);
        chain.add(waypoint);
      }
      chain.add(to);
      waypoints.put(link.id(), chain.subList(1, chain.size() - 1));
      for (int i = 0; i + 1 < chain.size(); i++) {
        after.computeIfAbsent(chain.get(i), k -> new ArrayList<>()).add(chain.get(i + 1));
        before.computeIfAbsent(chain.get(i + 1), k -> new ArrayList<>()).add(chain.get(i));
      }
    }
    order();
    for (int c = 0; c < columns.size(); c++) {
      for (int r = 0; r < columns.get(c).size(); r++) {
        places.put(columns.get(c).get(r), new Place(c, r));
      }
    }
  }

  /** A step's place, or the target's for null. */
  public Place place(String nodeId) {
    return places.get(nodeId == null ? TARGET : nodeId);
  }

  /** The waypoints a link passes through, left to right (none when it joins neighbouring columns). */
  public List<Place> waypoints(String linkId) {
    return waypoints.getOrDefault(linkId, List.of()).stream().map(places::get).toList();
  }

  /**
   * The columns, left to right, each a list of ids top to bottom: steps, {@link #TARGET} for the target, and
   * waypoints (see {@link #isWaypoint}).
   */
  public List<List<String>> columns() {
    return columns;
  }

  public static boolean isWaypoint(String id) {
    return id.startsWith(WAYPOINT);
  }

  public int rows() {
    return columns.stream().mapToInt(List::size).max().orElse(0);
  }

  private static int column(TheoryOfChange theory, String id, Map<String, Integer> column, Set<String> visiting) {
    Integer known = column.get(id);
    if (known != null) {
      return known;
    }
    int at = theory.node(id).map(n -> n.kind().level()).orElse(0);
    if (visiting.add(id)) {
      for (ChangeLink in : theory.into(id)) {
        at = Math.max(at, column(theory, in.from(), column, visiting) + 1);
      }
    }
    column.put(id, at);
    return at;
  }

  private void order() {
    for (int sweep = 0; sweep < SWEEPS; sweep++) {
      boolean rightward = sweep % 2 == 0;
      for (int i = 1; i < columns.size(); i++) {
        int c = rightward ? i : columns.size() - 1 - i;
        Map<String, Integer> rows = rowIndex();
        Map<String, Double> centre = new HashMap<>();
        for (String id : columns.get(c)) {
          List<String> neighbours = (rightward ? before : after).getOrDefault(id, List.of());
          centre.put(id, neighbours.isEmpty() ? rows.get(id) : neighbours.stream().mapToInt(rows::get).average().orElse(0));
        }
        // stable: what has no neighbours keeps its place relative to the rest
        columns.get(c).sort(Comparator.comparingDouble(centre::get));
      }
    }
  }

  private Map<String, Integer> rowIndex() {
    Map<String, Integer> rows = new HashMap<>();
    for (List<String> col : columns) {
      for (int r = 0; r < col.size(); r++) {
        rows.put(col.get(r), r);
      }
    }
    return rows;
  }
}
