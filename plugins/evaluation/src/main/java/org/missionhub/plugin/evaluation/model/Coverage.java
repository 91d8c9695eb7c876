package org.missionhub.plugin.evaluation.model;

import java.util.List;
import java.util.OptionalInt;

/**
 * How far an organisation's missions are monitored (issue 15's coverage, the seed's 11% measured live): how
 * many have an approved M&E plan whose questions indicators answer (the health check's rule), and of the
 * values due so far under those plans, the share reported.
 *
 * @param withoutPlan titles of the missions without an approved plan, by title
 * @param reportedShare percent of the values due (past their due date, or reported) that were reported; empty
 *     while nothing is due
 */
public record Coverage(int missions, int withPlan, List<String> withoutPlan, OptionalInt reportedShare) {

  public Coverage {
    withoutPlan = List.copyOf(withoutPlan);
    if (withPlan < 0 || withPlan > missions) {
      throw new IllegalArgumentException("with a plan: " + withPlan + " of " + missions);
    }
  }

  /** Percent of the missions with an approved plan, rounded; empty without missions. */
  public OptionalInt planShare() {
    return missions == 0 ? OptionalInt.empty() : OptionalInt.of((int) Math.round(100.0 * withPlan / missions));
  }
}
