package org.missionhub.plugin.evaluation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.missionhub.plugin.evaluation.model.Board;
import org.missionhub.plugin.evaluation.model.Indicator;
import org.missionhub.plugin.evaluation.model.Plan;
import org.missionhub.plugin.evaluation.model.PlanStatus;
import org.missionhub.plugin.evaluation.model.ReportingSchedule;
import org.missionhub.plugin.evaluation.service.PlanService;

/**
 * The M&E plan at the top of the Indicators tab: its status, questions (with their DAC criteria and
 * indicators), evaluation moments and the reports due or overdue, with Edit and Approve where the role allows.
 */
final class PlanSection extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  PlanSection(PlanService plans, Board board, LocalDate today, Runnable changed) {
    setId("evaluation-plan");
    setPadding(false);
    setSpacing(false);
    Plan plan = plans.plan();
    Span status = new Span(!plan.exists() ? getTranslation("evaluation.plan.none")
        : plan.status() == PlanStatus.APPROVED ? getTranslation("evaluation.plan.approvedOn", plan.approvedOn())
        : plan.approvedOn() == null ? getTranslation("evaluation.plan.draft") : getTranslation("evaluation.plan.changedSince", plan.approvedOn()));
    status.setId("evaluation-plan-status");
    status.getElement().getThemeList().add(plan.status() == PlanStatus.APPROVED ? "badge success" : "badge contrast");
    HorizontalLayout heading = new HorizontalLayout(new H3(getTranslation("evaluation.plan.title")), status);
    heading.setAlignItems(FlexComponent.Alignment.BASELINE);
    add(heading);
    if (plan.purpose() != null) {
      add(new Paragraph(plan.purpose()));
    }
    Map<String, String> codes = board.indicators().stream().collect(Collectors.toMap(Indicator::id, Indicator::code));
    if (!plan.questions().isEmpty()) {
      UnorderedList questions = new UnorderedList();
      questions.setId("evaluation-plan-questions");
      plan.questions().forEach(q -> questions.add(new ListItem(getTranslation("evaluation.criterion." + q.criterion().name()) + " · " + q.text()
          + (q.indicatorIds().isEmpty() ? "" : " (" + q.indicatorIds().stream().map(codes::get).sorted().collect(Collectors.joining(", ")) + ")"))));
      add(new H4(getTranslation("evaluation.plan.questions")), questions);
    }
    if (!plan.moments().isEmpty()) {
      UnorderedList moments = new UnorderedList();
      plan.moments().forEach(m -> moments.add(new ListItem(m.due() + " · " + getTranslation("evaluation.moment." + m.kind().name()) + ": " + m.title()
          + (m.done() ? " ✓" : ""))));
      add(new H4(getTranslation("evaluation.plan.moments")), moments);
    }
    reports(board, plan, today);
    actions(plans, plan, board, changed);
  }

  private void reports(Board board, Plan plan, LocalDate today) {
    List<ReportingSchedule.Report> reports = ReportingSchedule.of(board, plan.reportWithinDays(), today);
    List<ReportingSchedule.Report> open = reports.stream().filter(r -> r.state() != ReportingSchedule.State.REPORTED).toList();
    OptionalInt share = ReportingSchedule.reportedShare(reports);
    if (open.isEmpty() && share.isEmpty()) {
      return;
    }
    add(new H4(getTranslation("evaluation.plan.reports")));
    if (share.isPresent()) {
      Span reported = new Span(getTranslation("evaluation.plan.reportedShare", share.getAsInt()));
      reported.setId("evaluation-plan-reported-share");
      add(reported);
    }
    UnorderedList list = new UnorderedList();
    list.setId("evaluation-plan-reports");
    for (ReportingSchedule.Report report : open) {
      String key = report.state() == ReportingSchedule.State.OVERDUE ? "evaluation.plan.overdue" : "evaluation.plan.dueBy";
      ListItem item = new ListItem(getTranslation(key, report.indicator().code(), report.indicator().periods().name(report.period()), report.due())
          + (report.indicator().responsibleName() == null ? "" : " · " + report.indicator().responsibleName()));
      if (report.state() == ReportingSchedule.State.OVERDUE) {
        item.getStyle().set("color", "var(--lumo-error-text-color)");
      }
      list.add(item);
    }
    add(list);
  }

  private void actions(PlanService plans, Plan plan, Board board, Runnable changed) {
    HorizontalLayout actions = new HorizontalLayout();
    if (plans.access().manages()) {
      Button edit = new Button(getTranslation(plan.exists() ? "evaluation.plan.edit" : "evaluation.plan.write"),
          click -> new PlanDialog(plans, plan, board.indicators(), changed).open());
      edit.setId("evaluation-plan-edit");
      actions.add(edit);
    }
    if (plans.access().verifies() && plan.exists() && plan.status() == PlanStatus.DRAFT) {
      Button approve = new Button(getTranslation("evaluation.plan.approve"), click -> new ApprovalDialog(plans, plan, changed).open());
      approve.setId("evaluation-plan-approve");
      approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
      actions.add(approve);
    }
    add(actions);
  }
}
