package org.missionhub.plugin.evaluation.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A value reported for one period of an indicator: the total ({@code disaggregation} null) or one group of
 * a disaggregation ({@code "age group: 15-19"}), with where it comes from, and its verification.
 */
public record Actual(
    String id,
    String indicatorId,
    LocalDate period,
    String disaggregation,
    BigDecimal value,
    String source,
    String comment,
    Verification verification,
    String verificationNote,
    String reportedBy,
    String reportedByName,
    String reportingOrganisation,
    OffsetDateTime reportedAt,
    long revision) {

  public Actual {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(indicatorId, "indicatorId");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(verification, "verification");
    Objects.requireNonNull(reportedBy, "reportedBy");
    Objects.requireNonNull(reportingOrganisation, "reportingOrganisation");
    Objects.requireNonNull(reportedAt, "reportedAt");
  }

  public boolean isTotal() {
    return disaggregation == null;
  }

  /** Counted in progress: a total that is not disputed. */
  public boolean counts() {
    return isTotal() && verification != Verification.DISPUTED;
  }

  public Actual verified(Verification state, String note) {
    return new Actual(id, indicatorId, period, disaggregation, value, source, comment, state, note, reportedBy, reportedByName, reportingOrganisation, reportedAt, revision + 1);
  }

  /** This value in place of {@code before}: its id, the next revision (a correction). */
  public Actual replacing(Actual before) {
    return new Actual(before.id(), indicatorId, period, disaggregation, value, source, comment, verification, verificationNote, reportedBy, reportedByName, reportingOrganisation, reportedAt,
        before.revision() + 1);
  }

  /** The same value, source and comment: importing it again changes nothing. */
  public boolean sameAs(Actual other) {
    return value.compareTo(other.value) == 0 && java.util.Objects.equals(source, other.source) && java.util.Objects.equals(comment, other.comment);
  }
}
