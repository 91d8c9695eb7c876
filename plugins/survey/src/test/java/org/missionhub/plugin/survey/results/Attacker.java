package org.missionhub.plugin.survey.results;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Someone who reads every published number of a report and tries every whole-number value for the
 * withheld cells, keeping those consistent with all of it: row totals and sizes, the shown cells, the
 * means (as exact sums), and every breakdown column adding up to the overall cell. Independent of the
 * production check: it enumerates solutions rather than reasoning about equations.
 */
final class Attacker {

  /** A withheld cell: table (0 = overall), row, column. */
  record Cell(int table, int row, int column) {}

  private record Constraint(List<Cell> unknowns, List<Double> weights, double rest) {}

  private final List<Cell> unknowns = new ArrayList<>();
  private final List<Constraint> constraints = new ArrayList<>();
  private final Map<Cell, Long> bounds = new HashMap<>();
  private final Map<Cell, Long> truth = new HashMap<>();

  /**
   * For each withheld cell, whether some assignment of all withheld cells that agrees with everything
   * published gives it a value other than its true one. (The true values only order the search, trying
   * the likely values first; every solution found is checked against the published numbers alone.)
   */
  static Map<Cell, Set<Long>> feasibleValues(ProtectedCounts published) {
    Attacker attacker = new Attacker(published);
    Map<Cell, Set<Long>> values = new HashMap<>();
    for (Cell target : attacker.unknowns) {
      Set<Long> found = new HashSet<>();
      found.add(attacker.truth.get(target));
      Map<Cell, Long> solution = attacker.solve(target, new HashMap<>(), new int[] {200_000});
      if (solution != null) {
        found.add(solution.get(target));
      }
      values.put(target, found);
    }
    return values;
  }

  private Attacker(ProtectedCounts published) {
    List<ProtectedTable> tables = new ArrayList<>();
    tables.add(published.overall().orElseThrow());
    tables.addAll(published.breakdowns());
    int columns = published.source().categories().size();
    double[] scores = published.source().scores().orElse(null);
    for (int t = 0; t < tables.size(); t++) {
      ProtectedTable table = tables.get(t);
      for (int r = 0; r < table.rows().size(); r++) {
        long rowTotal = table.counts().mentions(r);
        rowConstraint(table, t, r, columns, null, rowTotal);
        if (scores != null) {
          double weighted = 0;
          for (int c = 0; c < columns; c++) {
            weighted += scores[c] * table.counts().counts()[r][c];
          }
          rowConstraint(table, t, r, columns, scores, weighted);
        }
      }
      if (t > 0) {
        for (int c = 0; c < columns; c++) {
          List<Cell> cells = new ArrayList<>();
          List<Double> weights = new ArrayList<>();
          double rest = 0;
          for (int r = 0; r < table.rows().size(); r++) {
            if (table.isWithheld(r, c)) {
              cells.add(new Cell(t, r, c));
              weights.add(1.0);
            } else {
              rest -= table.counts().counts()[r][c];
            }
          }
          if (tables.get(0).isWithheld(0, c)) {
            cells.add(new Cell(0, 0, c));
            weights.add(-1.0);
          } else {
            rest += tables.get(0).counts().counts()[0][c];
          }
          constraints.add(new Constraint(cells, weights, rest));
        }
      }
    }
  }

  private void rowConstraint(ProtectedTable table, int t, int r, int columns, double[] scores, double total) {
    List<Cell> cells = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    double rest = total;
    for (int c = 0; c < columns; c++) {
      double weight = scores == null ? 1 : scores[c];
      if (table.isWithheld(r, c)) {
        Cell cell = new Cell(t, r, c);
        cells.add(cell);
        weights.add(weight);
        if (!unknowns.contains(cell)) {
          unknowns.add(cell);
        }
        bounds.merge(cell, table.counts().mentions(r), Math::min);
        truth.put(cell, table.counts().counts()[r][c]);
      } else {
        rest -= weight * table.counts().counts()[r][c];
      }
    }
    constraints.add(new Constraint(cells, weights, rest));
  }

  /** A full assignment consistent with every constraint in which the target differs from its truth, or null. */
  private Map<Cell, Long> solve(Cell target, Map<Cell, Long> assigned, int[] budget) {
    if (--budget[0] < 0) {
      return null;
    }
    Map<Cell, Long> current = new HashMap<>(assigned);
    if (!propagate(current)) {
      return null;
    }
    if (current.containsKey(target) && current.get(target).equals(truth.get(target))) {
      return null;
    }
    Cell next = unknowns.stream().filter(c -> !current.containsKey(c)).findFirst().orElse(null);
    if (next == null) {
      return current;
    }
    long known = truth.get(next);
    List<Long> order = new ArrayList<>();
    if (!next.equals(target)) {
      order.add(known);
    }
    for (long step = 1; step <= bounds.get(next); step++) {
      if (known + step <= bounds.get(next)) {
        order.add(known + step);
      }
      if (known - step >= 0) {
        order.add(known - step);
      }
    }
    for (long value : order) {
      current.put(next, value);
      Map<Cell, Long> solution = solve(target, current, budget);
      if (solution != null) {
        return solution;
      }
    }
    return null;
  }

  /** Fills in what the constraints force; false if they cannot all hold. */
  private boolean propagate(Map<Cell, Long> assigned) {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Constraint c : constraints) {
        double sum = 0;
        int open = -1;
        int opens = 0;
        for (int i = 0; i < c.unknowns().size(); i++) {
          Long value = assigned.get(c.unknowns().get(i));
          if (value == null) {
            open = i;
            opens++;
          } else {
            sum += c.weights().get(i) * value;
          }
        }
        if (opens == 0 && Math.abs(sum - c.rest()) > 1e-6) {
          return false;
        }
        if (opens == 1) {
          double forced = (c.rest() - sum) / c.weights().get(open);
          long rounded = Math.round(forced);
          Cell cell = c.unknowns().get(open);
          if (Math.abs(forced - rounded) > 1e-6 || rounded < 0 || rounded > bounds.get(cell)) {
            return false;
          }
          assigned.put(cell, rounded);
          changed = true;
        }
      }
    }
    return true;
  }
}
