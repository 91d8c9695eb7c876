package org.missionhub.plugin.evaluation.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.missionhub.plugin.evaluation.model.Board;
import org.missionhub.plugin.evaluation.model.EvaluationMoment;
import org.missionhub.plugin.evaluation.model.EvaluationQuestion;
import org.missionhub.plugin.evaluation.model.Indicator;
import org.missionhub.plugin.evaluation.model.Plan;
import org.missionhub.plugin.evaluation.model.ReportingSchedule;

/** The M&E plan as the API answers it: questions name their indicators by code, and the reporting schedule is computed. */
public record PlanDto(
    boolean exists, String purpose, int reportWithinDays, String budget, String currency, List<QuestionDto> questions, List<MomentDto> moments,
    List<String> criteria, String status, String approvalDecisionId, LocalDate approvedOn, List<ReportDto> reports, Integer reportedShare, long revision) {

  public record QuestionDto(String text, String criterion, List<String> indicators) {}

  public record MomentDto(String kind, String title, LocalDate due, boolean done) {}

  /** One indicator's report for one period: REPORTED, DUE or OVERDUE. */
  public record ReportDto(String indicator, String period, LocalDate due, String state, String responsible, String responsibleName) {}

  static PlanDto of(Plan plan, Board board, LocalDate today) {
    Map<String, String> codes = board.indicators().stream().collect(Collectors.toMap(Indicator::id, Indicator::code));
    List<ReportingSchedule.Report> reports = ReportingSchedule.of(board, plan.reportWithinDays(), today);
    java.util.OptionalInt share = ReportingSchedule.reportedShare(reports);
    return new PlanDto(
        plan.exists(), plan.purpose(), plan.reportWithinDays(), EvaluationDtos.text(plan.budget()), plan.currency(),
        plan.questions().stream().map(q -> question(q, codes::get)).toList(),
        plan.moments().stream().map(PlanDto::moment).toList(),
        plan.criteria().stream().map(Enum::name).toList(), plan.status().name(), plan.approvalDecisionId(), plan.approvedOn(),
        reports.stream().map(r -> new ReportDto(r.indicator().code(), r.indicator().periods().name(r.period()), r.due(), r.state().name(),
            r.indicator().responsibleSubject(), r.indicator().responsibleName())).toList(),
        share.isPresent() ? share.getAsInt() : null, plan.revision());
  }

  private static QuestionDto question(EvaluationQuestion q, Function<String, String> code) {
    return new QuestionDto(q.text(), q.criterion().name(), q.indicatorIds().stream().map(code).sorted().toList());
  }

  private static MomentDto moment(EvaluationMoment m) {
    return new MomentDto(m.kind().name(), m.title(), m.due(), m.done());
  }
}
