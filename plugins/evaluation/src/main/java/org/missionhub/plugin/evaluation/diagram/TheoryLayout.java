package org.missionhub.plugin.evaluation.diagram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.missionhub.plugin.evaluation.model.ChangeLink;
import org.missionhub.plugin.evaluation.model.ChangeNode;
import org.missionhub.plugin.evaluation.model.NodeKind;
import org.missionhub.plugin.evaluation.model.TheoryOfChange;

/**
 * Lays a theory of change out in columns, left to right from what is done to the mission target: a step's
 * column is the higher of its kind's level and one past the steps that lead to it; the target has the last;
 * columns nothing fell into are dropped.
 * Within columns, steps are ordered by the mean position of their neighbours (the barycenter heuristic),
 * sweeping right then left a few times, which removes most crossings.
 *
 * <p>Written here rather than taken from a layout library: the columns are the theory's own rule (kinds in
 * order), and what remains is a few lines of ordering; the libraries that do layered layout (ELK, Graphviz)
 * would bring a modelling framework or a native program for it.
 */
public final class TheoryLayout {

  /** Where a step is drawn: its column and row. */
  public record Place(int column, int row) {}

  /** The id standing for the mission target in {@link #columns()}. */
  public static final String TARGET = "";

  private static final int SWEEPS = 4;

  private final Map<String, Place> places = new LinkedHashMap<>();
  private final List<List<String>> columns = new ArrayList<>();

  public TheoryLayout(TheoryOfChange theory) {
    Map<String, Integer> column = new HashMap<>();
    for (ChangeNode node : theory.nodes()) {
      column(theory, node.id(), column, new java.util.HashSet<>());
    }
    int last = column.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
    int targetColumn = Math.max(last, theory.nodes().isEmpty() ? 0 : NodeKind.TARGET_LEVEL);
    for (int i = 0; i <= targetColumn; i++) {
      columns.add(new ArrayList<>());
    }
    theory.nodes().forEach(n -> columns.get(column.get(n.id())).add(n.id()));
    columns.get(targetColumn).add(TARGET);
    // a kind nobody used (no outputs yet, say) leaves no empty column: the order stays, the gap goes
    columns.removeIf(List::isEmpty);
    order(theory);
    for (int c = 0; c < columns.size(); c++) {
      for (int r = 0; r < columns.get(c).size(); r++) {
        places.put(columns.get(c).get(r), new Place(c, r));
      }
    }
  }

  public Place place(String nodeId) {
    return places.get(nodeId == null ? TARGET : nodeId);
  }

  /** The columns, left to right, each a list of step ids top to bottom ({@link #TARGET} for the target). */
  public List<List<String>> columns() {
    return columns;
  }

  public int rows() {
    return columns.stream().mapToInt(List::size).max().orElse(0);
  }

  private static int column(TheoryOfChange theory, String id, Map<String, Integer> column, java.util.Set<String> visiting) {
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

  private void order(TheoryOfChange theory) {
    for (int sweep = 0; sweep < SWEEPS; sweep++) {
      boolean rightward = sweep % 2 == 0;
      for (int i = 1; i < columns.size(); i++) {
        int c = rightward ? i : columns.size() - 1 - i;
        Map<String, Integer> rows = rowIndex();
        Map<String, Double> centre = new HashMap<>();
        for (String id : columns.get(c)) {
          List<String> neighbours = new ArrayList<>();
          if (rightward) {
            theory.into(TARGET.equals(id) ? null : id).forEach(l -> neighbours.add(l.from()));
          } else if (!TARGET.equals(id)) {
            theory.from(id).forEach(l -> neighbours.add(l.to() == null ? TARGET : l.to()));
          }
          centre.put(id, neighbours.isEmpty() ? rows.get(id) : neighbours.stream().mapToInt(rows::get).average().orElse(0));
        }
        // stable: steps without neighbours keep their place relative to each other
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
