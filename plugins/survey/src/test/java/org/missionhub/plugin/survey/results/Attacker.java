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
 * production check: it enumerates solutions rather than reasoning about equations. Given several waves of
 * a question, it reads them all and the published changes between them (shares known to a tenth of a point).
 */
final class Attacker {

  /** A withheld cell: wave, table (0 = overall), row, column. */
  record Cell(int wave, int table, int row, int column) {
    Cell(int table, int row, int column) {
      this(0, table, row, column);
    }
  }

  /** A published change: the later cell's share of its row's respondents minus the earlier's, in points. */
  record Change(Cell earlier, Cell later, double points) {}

  private record Constraint(List<Cell> unknowns, List<Double> weights, double rest, double tolerance) {
    Constraint(List<Cell> unknowns, List<Double> weights, double rest) {
      this(unknowns, weights, rest, 1e-6);
    }
  }

  private final List<Cell> unknowns = new ArrayList<>();
  private final List<Constraint> constraints = new ArrayList<>();
  private final Map<Cell, Long> bounds = new HashMap<>();
  private final Map<Cell, Long> truth = new HashMap<>();
  private final List<List<ProtectedTable>> waves = new ArrayList<>();

  /**
   * For each withheld cell, whether some assignment of all withheld cells that agrees with everything
   * published gives it a value other than its true one. (The true values only order the search, trying
   * the likely values first; every solution found is checked against the published numbers alone.)
   */
  static Map<Cell, Set<Long>> feasibleValues(ProtectedCounts published) {
    return feasibleValues(List.of(published), List.of());
  }

  /** The same over several waves of a question and the changes published between them. */
  static Map<Cell, Set<Long>> feasibleValues(List<ProtectedCounts> published, List<Change> changes) {
    Attacker attacker = new Attacker();
    for (int w = 0; w < published.size(); w++) {
      attacker.read(w, published.get(w));
    }
    changes.forEach(attacker::read);
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

  private void read(int wave, ProtectedCounts published) {
    List<ProtectedTable> tables = new ArrayList<>();
    tables.add(published.overall().orElseThrow());
    tables.addAll(published.breakdowns());
    waves.add(tables);
    int columns = published.source().categories().size();
    double[] scores = published.source().scores().orElse(null);
    for (int t = 0; t < tables.size(); t++) {
      ProtectedTable table = tables.get(t);
      for (int r = 0; r < table.rows().size(); r++) {
        long rowTotal = table.counts().mentions(r);
        rowConstraint(table, wave, t, r, columns, null, rowTotal);
        if (scores != null) {
          double weighted = 0;
          for (int c = 0; c < columns; c++) {
            weighted += scores[c] * table.counts().counts()[r][c];
          }
          rowConstraint(table, wave, t, r, columns, scores, weighted);
        }
      }
      if (t > 0) {
        for (int c = 0; c < columns; c++) {
          List<Cell> cells = new ArrayList<>();
          List<Double> weights = new ArrayList<>();
          double rest = 0;
          for (int r = 0; r < table.rows().size(); r++) {
            if (table.isWithheld(r, c)) {
              cells.add(new Cell(wave, t, r, c));
              weights.add(1.0);
            } else {
              rest -= table.counts().counts()[r][c];
            }
          }
          if (tables.get(0).isWithheld(0, c)) {
            cells.add(new Cell(wave, 0, 0, c));
            weights.add(-1.0);
          } else {
            rest += tables.get(0).counts().counts()[0][c];
          }
          constraints.add(new Constraint(cells, weights, rest));
        }
      }
    }
  }

  /** 100 × later / its row's respondents − 100 × earlier / its row's, within the rounding of the published shares. */
  private void read(Change change) {
    List<Cell> cells = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    double rest = change.points();
    Cell[] sides = {change.earlier(), change.later()};
    double[] signs = {-1, 1};
    for (int i = 0; i < 2; i++) {
      Cell cell = sides[i];
      ProtectedTable table = waves.get(cell.wave()).get(cell.table());
      double weight = signs[i] * 100.0 / table.counts().respondents()[cell.row()];
      if (table.isWithheld(cell.row(), cell.column())) {
        cells.add(cell);
        weights.add(weight);
      } else {
        rest -= weight * table.counts().counts()[cell.row()][cell.column()];
      }
    }
    constraints.add(new Constraint(cells, weights, rest, 0.1 + 1e-6));
  }

  private void rowConstraint(ProtectedTable table, int wave, int t, int r, int columns, double[] scores, double total) {
    List<Cell> cells = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    double rest = total;
    for (int c = 0; c < columns; c++) {
      double weight = scores == null ? 1 : scores[c];
      if (table.isWithheld(r, c)) {
        Cell cell = new Cell(wave, t, r, c);
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
        if (opens == 0 && Math.abs(sum - c.rest()) > c.tolerance()) {
          return false;
        }
        if (opens == 1) {
          // the whole values the open cell may take: one forces it, none refutes the assignment
          Cell cell = c.unknowns().get(open);
          double weight = c.weights().get(open);
          double a = (c.rest() - c.tolerance() - sum) / weight;
          double b = (c.rest() + c.tolerance() - sum) / weight;
          long lowest = Math.max(0, (long) Math.ceil(Math.min(a, b) - 1e-9));
          long highest = Math.min(bounds.get(cell), (long) Math.floor(Math.max(a, b) + 1e-9));
          if (lowest > highest) {
            return false;
          }
          if (lowest == highest) {
            assigned.put(cell, lowest);
            changed = true;
          }
        }
      }
    }
    return true;
  }
}
