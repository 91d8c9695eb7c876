package org.missionhub.plugin.evaluation.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.evaluation.model.DacCriterion;
import org.missionhub.plugin.evaluation.model.EvaluationMoment;
import org.missionhub.plugin.evaluation.model.EvaluationQuestion;
import org.missionhub.plugin.evaluation.model.Indicator;
import org.missionhub.plugin.evaluation.model.MomentKind;
import org.missionhub.plugin.evaluation.model.Plan;
import org.missionhub.plugin.evaluation.service.Forms.MomentForm;
import org.missionhub.plugin.evaluation.service.Forms.PlanForm;
import org.missionhub.plugin.evaluation.service.Forms.QuestionForm;
import org.missionhub.plugin.evaluation.service.PlanService;
import org.missionhub.plugin.support.ui.FieldProblems;

/**
 * Writes the M&E plan: its purpose, when values are due, the evaluation budget, the evaluation questions
 * (criterion, question, the indicators answering it) and the evaluation moments, each a row to add or remove.
 */
final class PlanDialog extends Dialog {

  private static final long serialVersionUID = 1L;

  private final List<Indicator> indicators;
  private final VerticalLayout questions = new VerticalLayout();
  private final VerticalLayout moments = new VerticalLayout();
  private final List<QuestionRow> questionRows = new ArrayList<>();
  private final List<MomentRow> momentRows = new ArrayList<>();

  PlanDialog(PlanService plans, Plan plan, List<Indicator> indicators, Runnable saved) {
    this.indicators = indicators;
    setId("evaluation-plan-dialog");
    setHeaderTitle(getTranslation("evaluation.plan.edit"));
    TextArea purpose = new TextArea(getTranslation("evaluation.plan.purpose"));
    purpose.setId("evaluation-plan-purpose");
    purpose.setValue(plan.purpose() == null ? "" : plan.purpose());
    IntegerField days = new IntegerField(getTranslation("evaluation.plan.reportWithinDays"));
    days.setId("evaluation-plan-days");
    days.setValue(plan.reportWithinDays());
    TextField budget = new TextField(getTranslation("evaluation.plan.budget"));
    budget.setId("evaluation-plan-budget");
    budget.setValue(plan.budget() == null ? "" : plan.budget().toPlainString());
    TextField currency = new TextField(getTranslation("evaluation.plan.currency"));
    currency.setId("evaluation-plan-currency");
    currency.setValue(plan.currency() == null ? "" : plan.currency());
    FormLayout form = new FormLayout(purpose, days, budget, currency);
    form.setColspan(purpose, 2);
    questions.setPadding(false);
    moments.setPadding(false);
    plan.questions().forEach(this::addQuestion);
    plan.moments().forEach(this::addMoment);
    Button addQuestion = new Button(getTranslation("evaluation.plan.addQuestion"), click -> addQuestion(null));
    addQuestion.setId("evaluation-plan-add-question");
    Button addMoment = new Button(getTranslation("evaluation.plan.addMoment"), click -> addMoment(null));
    addMoment.setId("evaluation-plan-add-moment");
    add(form, new H4(getTranslation("evaluation.plan.questions")), questions, addQuestion, new H4(getTranslation("evaluation.plan.moments")), moments, addMoment);
    Button save = new Button(getTranslation("evaluation.save"), click -> {
      PlanForm entered = new PlanForm(purpose.getValue(), days.getValue(), budget.getValue(), currency.getValue(),
          questionRows.stream().map(QuestionRow::form).toList(), momentRows.stream().map(MomentRow::form).toList());
      try {
        plans.save(plan.revision(), entered);
        close();
        saved.run();
      } catch (PluginProblem problem) {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("purpose", purpose);
        fields.put("reportWithinDays", days);
        fields.put("budget", budget);
        fields.put("currency", currency);
        for (int i = 0; i < questionRows.size(); i++) {
          fields.put("questions[" + i + "].text", questionRows.get(i).text);
          fields.put("questions[" + i + "].criterion", questionRows.get(i).criterion);
          fields.put("questions[" + i + "].indicators", questionRows.get(i).answeredBy);
        }
        for (int i = 0; i < momentRows.size(); i++) {
          fields.put("moments[" + i + "].kind", momentRows.get(i).kind);
          fields.put("moments[" + i + "].title", momentRows.get(i).title);
          fields.put("moments[" + i + "].due", momentRows.get(i).due);
        }
        FieldProblems.show(problem, fields);
      }
    });
    save.setId("evaluation-plan-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button cancel = new Button(getTranslation("evaluation.cancel"), click -> close());
    cancel.setId("evaluation-plan-cancel");
    getFooter().add(cancel, save);
    setWidth("min(64rem, 95vw)");
  }

  private void addQuestion(EvaluationQuestion question) {
    QuestionRow row = new QuestionRow(questionRows.size(), question);
    questionRows.add(row);
    questions.add(row.layout);
  }

  private void addMoment(EvaluationMoment moment) {
    MomentRow row = new MomentRow(momentRows.size(), moment);
    momentRows.add(row);
    moments.add(row.layout);
  }

  private Button remove(String id, String label, Runnable action) {
    Button remove = new Button(getTranslation("evaluation.plan.remove"), click -> action.run());
    remove.setId(id);
    // several "Remove" buttons in a dialog: a screen reader says which row each removes
    remove.getElement().setAttribute("aria-label", label);
    remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
    return remove;
  }

  /** One evaluation question: criterion, text, indicators answering it. */
  private final class QuestionRow {
    final Select<DacCriterion> criterion = new Select<>();
    final TextField text = new TextField();
    final MultiSelectComboBox<Indicator> answeredBy = new MultiSelectComboBox<>();
    final HorizontalLayout layout;

    QuestionRow(int n, EvaluationQuestion question) {
      criterion.setLabel(getTranslation("evaluation.plan.criterion"));
      criterion.setId("evaluation-question-criterion-" + n);
      criterion.setItems(DacCriterion.values());
      criterion.setItemLabelGenerator(c -> getTranslation("evaluation.criterion." + c.name()));
      criterion.setValue(question == null ? DacCriterion.EFFECTIVENESS : question.criterion());
      text.setLabel(getTranslation("evaluation.plan.question"));
      text.setId("evaluation-question-text-" + n);
      text.setValue(question == null ? "" : question.text());
      answeredBy.setLabel(getTranslation("evaluation.plan.answeredBy"));
      answeredBy.setId("evaluation-question-indicators-" + n);
      answeredBy.setItems(indicators);
      answeredBy.setItemLabelGenerator(i -> i.code() + " · " + i.name().in(getLocale()));
      if (question != null) {
        answeredBy.setValue(indicators.stream().filter(i -> question.indicatorIds().contains(i.id())).toList());
      }
      layout = new HorizontalLayout(criterion, text, answeredBy);
      layout.setWidthFull();
      layout.setAlignItems(FlexComponent.Alignment.BASELINE);
      layout.expand(text);
      layout.add(remove("evaluation-question-remove-" + n, getTranslation("evaluation.plan.removeQuestion", n + 1), () -> {
        questionRows.remove(this);
        questions.remove(layout);
      }));
    }

    QuestionForm form() {
      return new QuestionForm(text.getValue(), criterion.getValue() == null ? null : criterion.getValue().name(), answeredBy.getValue().stream().map(Indicator::code).toList());
    }
  }

  /** One evaluation moment: kind, title, date, done. */
  private final class MomentRow {
    final Select<MomentKind> kind = new Select<>();
    final TextField title = new TextField();
    final DatePicker due = new DatePicker();
    final Checkbox done = new Checkbox();
    final HorizontalLayout layout;

    MomentRow(int n, EvaluationMoment moment) {
      kind.setLabel(getTranslation("evaluation.plan.kind"));
      kind.setId("evaluation-moment-kind-" + n);
      kind.setItems(MomentKind.values());
      kind.setItemLabelGenerator(k -> getTranslation("evaluation.moment." + k.name()));
      kind.setValue(moment == null ? MomentKind.MID_TERM : moment.kind());
      title.setLabel(getTranslation("evaluation.plan.momentTitle"));
      title.setId("evaluation-moment-title-" + n);
      title.setValue(moment == null ? "" : moment.title());
      due.setLabel(getTranslation("evaluation.plan.due"));
      due.setId("evaluation-moment-due-" + n);
      due.setValue(moment == null ? null : moment.due());
      done.setLabel(getTranslation("evaluation.plan.done"));
      done.setId("evaluation-moment-done-" + n);
      done.setValue(moment != null && moment.done());
      layout = new HorizontalLayout(kind, title, due, done);
      layout.setWidthFull();
      layout.setAlignItems(FlexComponent.Alignment.BASELINE);
      layout.expand(title);
      layout.add(remove("evaluation-moment-remove-" + n, getTranslation("evaluation.plan.removeMoment", n + 1), () -> {
        momentRows.remove(this);
        moments.remove(layout);
      }));
    }

    MomentForm form() {
      return new MomentForm(kind.getValue() == null ? null : kind.getValue().name(), title.getValue(), due.getValue() == null ? null : due.getValue().toString(), done.getValue());
    }
  }
}
