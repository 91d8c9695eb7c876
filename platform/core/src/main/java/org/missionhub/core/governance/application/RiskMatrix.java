package org.missionhub.core.governance.application;

import java.util.List;
import org.missionhub.core.governance.domain.Risk;

/**
 * The 5x5 view of a mission's active risks: {@code counts[likelihood-1][impact-1]} is the number of open or
 * mitigating risks in that cell.
 */
public record RiskMatrix(int[][] counts, int highScore) {

  static RiskMatrix of(List<Object[]> cells) {
    int[][] counts = new int[5][5];
    for (Object[] cell : cells) {
      int likelihood = ((Number) cell[0]).intValue();
      int impact = ((Number) cell[1]).intValue();
      counts[likelihood - 1][impact - 1] = ((Number) cell[2]).intValue();
    }
    return new RiskMatrix(counts, Risk.HIGH_SCORE);
  }
}
