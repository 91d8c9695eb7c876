package org.missionhub.plugin.evaluation.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.missionhub.plugin.evaluation.model.Board;
import org.missionhub.plugin.evaluation.model.TheoryOfChange;

/**
 * Everything the theory of change's view reads of a mission: the theory, which step each indicator
 * measures, and the indicators with their values for the roll-up. A fixed number of statements whatever the
 * mission's size (TheoryReadStatementsTest counts them).
 */
public final class TheoryReader {

  /** What was read, in the caller's transaction. */
  public record TheoryData(TheoryOfChange theory, Map<String, String> indicatorNodes, Board board) {}

  private final TheoryStore theories = new TheoryStore();
  private final IndicatorStore indicators = new IndicatorStore();
  private final ActualStore actuals = new ActualStore();

  public TheoryData read(Connection c, String missionId) throws SQLException {
    return new TheoryData(theories.read(c, missionId), theories.indicatorNodes(c, missionId), new Board(indicators.all(c, missionId), actuals.all(c, missionId)));
  }
}
