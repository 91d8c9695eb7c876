package org.missionhub.plugin.survey.grouping;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Raw counts of one question's answers, a row per group (one row, "all", for the overall distribution).
 * {@code counts[r][c]} is how many respondents of group r chose category c; {@code respondents[r]} how many
 * in the group answered the question at all (for a multiple choice, fewer than the sum of its row).
 */
public record Breakdown(String name, List<String> rows, long[] respondents, long[][] counts) {

  public static final String ALL = "all";

  public Breakdown {
    Objects.requireNonNull(name, "name");
    rows = List.copyOf(rows);
    if (respondents.length != rows.size() || counts.length != rows.size()) {
      throw new IllegalArgumentException("a count row and a respondent count per group");
    }
    respondents = respondents.clone();
    counts = Arrays.stream(counts).map(long[]::clone).toArray(long[][]::new);
  }

  public long total() {
    return Arrays.stream(respondents).sum();
  }

  /** The sum of a row's cells: its respondents for a single choice, its mentions for a multiple choice. */
  public long mentions(int row) {
    return Arrays.stream(counts[row]).sum();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Breakdown b
        && name.equals(b.name)
        && rows.equals(b.rows)
        && Arrays.equals(respondents, b.respondents)
        && Arrays.deepEquals(counts, b.counts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, rows, Arrays.hashCode(respondents), Arrays.deepHashCode(counts));
  }

  @Override
  public String toString() {
    return name + rows + Arrays.deepToString(counts);
  }
}
