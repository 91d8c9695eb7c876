package org.missionhub.plugin.survey.results;

import java.util.Arrays;
import java.util.List;
import org.missionhub.plugin.survey.grouping.Breakdown;

/**
 * A breakdown after disclosure control: its rows (small groups pooled into {@code _other}) and which cells
 * are withheld. Every row has at least the minimum number of respondents, so its size and mean are shown.
 */
public record ProtectedTable(Breakdown counts, boolean[][] withheld) {

  public ProtectedTable {
    withheld = Arrays.stream(withheld).map(boolean[]::clone).toArray(boolean[][]::new);
  }

  public String name() {
    return counts.name();
  }

  public List<String> rows() {
    return counts.rows();
  }

  public boolean isWithheld(int row, int column) {
    return withheld[row][column];
  }

  public long withheldCount() {
    long n = 0;
    for (boolean[] row : withheld) {
      for (boolean cell : row) {
        n += cell ? 1 : 0;
      }
    }
    return n;
  }
}
