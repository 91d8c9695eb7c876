package org.missionhub.plugin.funding.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Money of one funder for one initiative at one stage (pledge, commitment, disbursement, expenditure), on a
 * date, in its own currency. A commitment may be conditional and may expire. A confidential amount is shown to
 * the mission's leaders and its organisation only ({@code writer} is the organisation that recorded it last).
 */
public record Flow(
    String id, String missionId, String funderId, String initiativeId, Stage stage, LocalDate date, Money money, boolean conditional, LocalDate expires, String note,
    String writer, long revision, boolean confidential) {

  /** An amount everyone who sees the mission may see. */
  public Flow(
      String id, String missionId, String funderId, String initiativeId, Stage stage, LocalDate date, Money money, boolean conditional, LocalDate expires, String note,
      String writer, long revision) {
    this(id, missionId, funderId, initiativeId, stage, date, money, conditional, expires, note, writer, revision, false);
  }

  public Flow {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(missionId, "missionId");
    Objects.requireNonNull(funderId, "funderId");
    Objects.requireNonNull(initiativeId, "initiativeId");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(money, "money");
    Objects.requireNonNull(writer, "writer");
    if ((conditional || expires != null) && stage != Stage.COMMITMENT) {
      throw new IllegalArgumentException("only a commitment is conditional or expires");
    }
  }
}
