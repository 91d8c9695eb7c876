package org.missionhub.api.governance;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A decision a plugin records in a mission's decision log (contract 1.3.0), such as a portfolio review's
 * "stop this initiative": it appears in the Governance tab beside the decisions people record there.
 *
 * @param decidedOn the day it was decided; not in the future
 * @param decidedBy who decided (a body, such as "Portfolio review of the steering group"); needed once adopted
 * @param status PROPOSED, ADOPTED or REJECTED
 */
public record DecisionDraft(String title, String rationale, LocalDate decidedOn, String decidedBy, DecisionStatus status) {

  public DecisionDraft {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(status, "status");
  }
}
