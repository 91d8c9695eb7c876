package org.missionhub.plugin.survey.results;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.missionhub.plugin.survey.grouping.Breakdown;

/**
 * The cells of a report (table 0 is the overall row, the others its breakdowns) and what is published
 * about them, as linear equations: each row's cells add up to its (published) total, each scored row's
 * cells weighted by their points add up to its (published) mean times its size, and each breakdown's column
 * adds up to the overall cell of that column. Cells are numbered across tables.
 */
final class SuppressionSystem {

  /** One published equation over cells; {@code columnOf} is the breakdown column it sums, or -1 for a row. */
  record Equation(int[] cells, double[] coefficients, boolean isColumn) {}

  private final List<Breakdown> tables;
  private final int columns;
  private final Optional<double[]> scores;
  private final int[] offset;
  private final BitSet withheld = new BitSet();
  private final List<Equation> equations = new ArrayList<>();

  SuppressionSystem(List<Breakdown> tables, int columns, Optional<double[]> scores) {
    this.tables = tables;
    this.columns = columns;
    this.scores = scores;
    this.offset = new int[tables.size() + 1];
    for (int t = 0; t < tables.size(); t++) {
      offset[t + 1] = offset[t] + tables.get(t).rows().size() * columns;
    }
    buildEquations();
  }

  /** The system of a report as published: its tables (as pooled) and the cells it withheld. */
  static SuppressionSystem of(ProtectedCounts published) {
    List<ProtectedTable> tables = new ArrayList<>();
    published.overall().ifPresent(tables::add);
    tables.addAll(published.breakdowns());
    QuestionCounts source = published.source();
    SuppressionSystem system = new SuppressionSystem(tables.stream().map(ProtectedTable::counts).toList(), source.categories().size(), source.scores());
    for (int t = 0; t < tables.size(); t++) {
      for (int r = 0; r < tables.get(t).rows().size(); r++) {
        for (int c = 0; c < source.categories().size(); c++) {
          if (tables.get(t).isWithheld(r, c)) {
            system.withhold(system.cell(t, r, c));
          }
        }
      }
    }
    return system;
  }

  int cells() {
    return offset[tables.size()];
  }

  int cell(int table, int row, int column) {
    return offset[table] + row * columns + column;
  }

  int tableOf(int cell) {
    int t = 0;
    while (offset[t + 1] <= cell) {
      t++;
    }
    return t;
  }

  long count(int cell) {
    int t = tableOf(cell);
    int local = cell - offset[t];
    return tables.get(t).counts()[local / columns][local % columns];
  }

  /** The most a cell can count: its row's respondents (a multiple choice's cells too: each respondent once per option). */
  long upper(int cell) {
    int t = tableOf(cell);
    return tables.get(t).respondents()[(cell - offset[t]) / columns];
  }

  boolean isWithheld(int cell) {
    return withheld.get(cell);
  }

  void withhold(int cell) {
    withheld.set(cell);
  }

  List<Equation> equations() {
    return equations;
  }

  /** The withheld cells that the published equations pin down. */
  List<Integer> derivable() {
    int[] unknownIndex = new int[cells()];
    List<Integer> unknowns = new ArrayList<>();
    for (int cell = withheld.nextSetBit(0); cell >= 0; cell = withheld.nextSetBit(cell + 1)) {
      unknownIndex[cell] = unknowns.size();
      unknowns.add(cell);
    }
    List<double[]> rows = new ArrayList<>();
    for (Equation e : equations) {
      double[] row = null;
      for (int i = 0; i < e.cells().length; i++) {
        if (withheld.get(e.cells()[i])) {
          row = row == null ? new double[unknowns.size()] : row;
          row[unknownIndex[e.cells()[i]]] = e.coefficients()[i];
        }
      }
      if (row != null) {
        rows.add(row);
      }
    }
    BitSet determined = LinearAudit.determined(unknowns.size(), rows);
    return determined.stream().mapToObj(unknowns::get).toList();
  }

  /**
   * The withheld cells that the published numbers pin down once counts are known to be whole, not negative and no
   * more than their row's respondents, though the equations alone leave them free ({@link IntegerAudit}): a mean at
   * the bottom of the scale puts everyone there; two breakdowns' zeros and the overall row can leave one whole
   * solution.
   */
  List<Integer> pinnedByWholeCounts() {
    return IntegerAudit.pinned(withheld, equations, this::count, this::upper);
  }

  /** Table t, rows and withheld flags, for the result. */
  ProtectedTable table(int t) {
    Breakdown b = tables.get(t);
    boolean[][] flags = new boolean[b.rows().size()][columns];
    for (int r = 0; r < flags.length; r++) {
      for (int c = 0; c < columns; c++) {
        flags[r][c] = withheld.get(cell(t, r, c));
      }
    }
    return new ProtectedTable(b, flags);
  }

  private void buildEquations() {
    for (int t = 0; t < tables.size(); t++) {
      for (int r = 0; r < tables.get(t).rows().size(); r++) {
        int[] row = new int[columns];
        double[] ones = new double[columns];
        for (int c = 0; c < columns; c++) {
          row[c] = cell(t, r, c);
          ones[c] = 1;
        }
        equations.add(new Equation(row, ones, false));
        scores.ifPresent(s -> equations.add(new Equation(row, s.clone(), false)));
      }
    }
    for (int t = 1; t < tables.size(); t++) {
      int rows = tables.get(t).rows().size();
      for (int c = 0; c < columns; c++) {
        int[] members = new int[rows + 1];
        double[] coefficients = new double[rows + 1];
        for (int r = 0; r < rows; r++) {
          members[r] = cell(t, r, c);
          coefficients[r] = 1;
        }
        members[rows] = cell(0, 0, c);
        coefficients[rows] = -1;
        equations.add(new Equation(members, coefficients, true));
      }
    }
  }
}
