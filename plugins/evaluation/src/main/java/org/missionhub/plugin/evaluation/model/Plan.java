package org.missionhub.plugin.evaluation.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A mission's monitoring and evaluation plan: its purpose, the evaluation questions (each with a DAC
 * criterion and the indicators that answer it), the evaluation moments, the evaluation budget, and how many
 * days after a period ends its values are due. Approved as a decision of the mission's decision log.
 */
public record Plan(
    String missionId,
    String purpose,
    int reportWithinDays,
    BigDecimal budget,
    String currency,
    List<EvaluationQuestion> questions,
    List<EvaluationMoment> moments,
    PlanStatus status,
    String approvalDecisionId,
    LocalDate approvedOn,
    long revision) {

  /** Values are due this many days after their period ends unless the plan says otherwise. */
  public static final int DEFAULT_REPORT_WITHIN_DAYS = 30;

  public Plan {
    Objects.requireNonNull(missionId, "missionId");
    Objects.requireNonNull(status, "status");
    questions = List.copyOf(questions);
    moments = List.copyOf(moments);
    if ((budget == null) != (currency == null)) {
      throw new IllegalArgumentException("a budget has an amount and a currency");
    }
  }

  /** The plan of a mission that has none yet: an empty draft at revision 0. */
  public static Plan none(String missionId) {
    return new Plan(missionId, null, DEFAULT_REPORT_WITHIN_DAYS, null, null, List.of(), List.of(), PlanStatus.DRAFT, null, null, 0);
  }

  public boolean exists() {
    return revision > 0;
  }

  public Set<DacCriterion> criteria() {
    Set<DacCriterion> covered = EnumSet.noneOf(DacCriterion.class);
    questions.forEach(q -> covered.add(q.criterion()));
    return covered;
  }

  /** What an approval needs: at least one question answered by at least one indicator. */
  public Optional<String> incomplete() {
    if (questions.isEmpty()) {
      return Optional.of("A plan needs at least one evaluation question before it is approved");
    }
    if (questions.stream().allMatch(q -> q.indicatorIds().isEmpty())) {
      return Optional.of("At least one evaluation question needs an indicator that answers it before the plan is approved");
    }
    return Optional.empty();
  }

  public Optional<EvaluationQuestion> question(String id) {
    return questions.stream().filter(q -> q.id().equals(id)).findFirst();
  }

  public Optional<EvaluationMoment> moment(String id) {
    return moments.stream().filter(m -> m.id().equals(id)).findFirst();
  }
}
