package org.missionhub.plugin.survey.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.missionhub.plugin.survey.grouping.Breakdown;

/**
 * Makes a question's counts safe to publish with a minimum cell size k:
 *
 * <ol>
 *   <li>nothing is published when fewer than k answered;
 *   <li>groups smaller than k are pooled ({@link Pooling}); a breakdown left with one row is not offered;
 *   <li>a cell counting 1 to k-1 respondents is withheld (primary suppression);
 *   <li>further cells are withheld (complementary suppression) until no withheld cell can be worked out
 *       from the totals, the means and the other cells of the whole report, the overall row and every
 *       breakdown together: first the quick rule "no published total misses only one cell", then an exact
 *       linear check ({@link LinearAudit}) that also catches derivations across two breakdowns;
 *   <li>and until none can be worked out knowing that counts are whole, not negative and no more than their
 *       row's respondents ({@link IntegerAudit}: a scale mean at the bottom of the scale puts everyone there).
 * </ol>
 *
 * Complements are the smallest published cells of the equation that gave a cell away, so as little as
 * possible is hidden.
 */
public final class DisclosureControl {

  private final int minimum;

  public DisclosureControl(int minimum) {
    if (minimum < 1) {
      throw new IllegalArgumentException("the minimum cell size is at least 1");
    }
    this.minimum = minimum;
  }

  public ProtectedCounts protect(QuestionCounts counts) {
    if (counts.overall().total() < minimum) {
      return new ProtectedCounts(counts, Optional.empty(), List.of(), counts.breakdowns().stream().map(Breakdown::name).toList());
    }
    List<Breakdown> tables = new ArrayList<>(List.of(counts.overall()));
    List<String> notOffered = new ArrayList<>();
    for (Breakdown raw : counts.breakdowns()) {
      Breakdown pooled = Pooling.pool(raw, minimum);
      if (pooled == null) {
        notOffered.add(raw.name());
      } else {
        tables.add(pooled);
      }
    }
    while (true) {
      SuppressionSystem system = new SuppressionSystem(tables, counts.categories().size(), counts.scores());
      Optional<Integer> unprotectable = suppress(system);
      if (unprotectable.isEmpty()) {
        List<ProtectedTable> breakdowns = IntStream.range(1, tables.size()).mapToObj(system::table).toList();
        return new ProtectedCounts(counts, Optional.of(system.table(0)), breakdowns, notOffered);
      }
      int table = unprotectable.get();
      if (table == 0) {
        // The overall row alone gives itself away (e.g. a two-point scale with its mean): publish nothing.
        return new ProtectedCounts(counts, Optional.empty(), List.of(), counts.breakdowns().stream().map(Breakdown::name).toList());
      }
      notOffered.add(tables.remove(table).name());
    }
  }

  /**
   * Withholds cells until nothing withheld is derivable, by the equations or once counts are known to be whole and
   * within their rows (a mean at the bottom of the scale); the table that cannot be protected, if any.
   */
  private Optional<Integer> suppress(SuppressionSystem system) {
    for (int cell = 0; cell < system.cells(); cell++) {
      long n = system.count(cell);
      if (n > 0 && n < minimum) {
        system.withhold(cell);
      }
    }
    while (true) {
      Optional<Integer> unprotectable = suppressLinear(system);
      if (unprotectable.isPresent()) {
        return unprotectable;
      }
      List<Integer> pinned = system.pinnedByWholeCounts();
      if (pinned.isEmpty()) {
        return Optional.empty();
      }
      int cell = pinned.get(0);
      Optional<Integer> complement = complementOf(system, cell);
      if (complement.isEmpty()) {
        return Optional.of(system.tableOf(cell));
      }
      system.withhold(complement.get());
    }
  }

  /** The equations' part: nothing withheld can be worked out from the totals, the means and the other cells. */
  private Optional<Integer> suppressLinear(SuppressionSystem system) {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (SuppressionSystem.Equation e : system.equations()) {
        long unknown = IntStream.of(e.cells()).filter(system::isWithheld).count();
        if (unknown == 1) {
          Optional<Integer> complement = complement(system, e, -1);
          if (complement.isEmpty()) {
            return Optional.of(system.tableOf(IntStream.of(e.cells()).filter(system::isWithheld).findFirst().orElseThrow()));
          }
          system.withhold(complement.get());
          changed = true;
        }
      }
    }
    List<Integer> derivable = system.derivable();
    while (!derivable.isEmpty()) {
      int cell = derivable.get(0);
      Optional<Integer> complement = complementOf(system, cell);
      if (complement.isEmpty()) {
        return Optional.of(system.tableOf(cell));
      }
      system.withhold(complement.get());
      derivable = system.derivable();
    }
    return Optional.empty();
  }

  /** The smallest published cell sharing an equation with the given withheld one. */
  private static Optional<Integer> complementOf(SuppressionSystem system, int cell) {
    return system.equations().stream()
        .filter(e -> IntStream.of(e.cells()).anyMatch(c -> c == cell))
        .map(e -> complement(system, e, cell))
        .flatMap(Optional::stream)
        .min(Comparator.comparingLong(system::count));
  }

  /**
   * The published cell of an equation to withhold with the given one: the smallest non-zero count (a zero
   * only if nothing else is left); for a column sum, a breakdown cell rather than the overall one.
   */
  private static Optional<Integer> complement(SuppressionSystem system, SuppressionSystem.Equation e, int besides) {
    int overall = e.isColumn() ? e.cells()[e.cells().length - 1] : -1;
    return IntStream.of(e.cells())
        .filter(c -> c != besides && c != overall && !system.isWithheld(c))
        .boxed()
        .min(Comparator.comparing((Integer c) -> system.count(c) == 0).thenComparingLong(system::count).thenComparingInt(c -> c));
  }
}
