package org.missionhub.plugin.evaluation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.missionhub.api.governance.DecisionFacts;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.evaluation.model.Indicator;
import org.missionhub.plugin.evaluation.model.Lesson;
import org.missionhub.plugin.evaluation.service.Forms.LessonForm;
import org.missionhub.plugin.evaluation.service.LessonService;
import org.missionhub.plugin.support.ui.FieldProblems;

/** Records what the mission learnt, or changes it: the insight, its evidence, what it implies, and the decision it fed. */
final class LessonDialog extends Dialog {

  private static final long serialVersionUID = 1L;

  LessonDialog(MissionScope scope, LessonService lessons, List<Indicator> indicators, Lesson editing, LocalDate today, Runnable saved) {
    setId("evaluation-lesson-dialog");
    setHeaderTitle(getTranslation(editing == null ? "evaluation.lesson.add" : "evaluation.lesson.edit"));
    DatePicker recordedOn = new DatePicker(getTranslation("evaluation.lesson.recordedOn"));
    recordedOn.setId("evaluation-lesson-recorded-on");
    recordedOn.setValue(editing == null ? today : editing.recordedOn());
    recordedOn.setMax(today);
    TextArea insight = new TextArea(getTranslation("evaluation.lesson.insight"));
    insight.setId("evaluation-lesson-insight");
    TextArea evidence = new TextArea(getTranslation("evaluation.lesson.evidence"));
    evidence.setId("evaluation-lesson-evidence");
    TextField url = new TextField(getTranslation("evaluation.lesson.evidenceUrl"));
    url.setId("evaluation-lesson-url");
    url.setPlaceholder("https://");
    Select<Indicator> indicator = new Select<>();
    indicator.setLabel(getTranslation("evaluation.lesson.indicator"));
    indicator.setId("evaluation-lesson-indicator");
    indicator.setItems(indicators);
    indicator.setItemLabelGenerator(i -> i == null ? getTranslation("evaluation.lesson.none") : i.code() + " · " + i.name().in(getLocale()));
    indicator.setEmptySelectionAllowed(true);
    indicator.setEmptySelectionCaption(getTranslation("evaluation.lesson.none"));
    TextArea implication = new TextArea(getTranslation("evaluation.lesson.implication"));
    implication.setId("evaluation-lesson-implication");
    List<DecisionFacts> decisions = scope.decisions();
    Select<DecisionFacts> decision = new Select<>();
    decision.setLabel(getTranslation("evaluation.lesson.decision"));
    decision.setId("evaluation-lesson-decision");
    decision.setItems(decisions);
    decision.setItemLabelGenerator(d -> d == null ? getTranslation("evaluation.lesson.none") : d.title());
    decision.setEmptySelectionAllowed(true);
    decision.setEmptySelectionCaption(getTranslation("evaluation.lesson.none"));
    if (editing != null) {
      insight.setValue(editing.insight());
      evidence.setValue(editing.evidence() == null ? "" : editing.evidence());
      url.setValue(editing.evidenceUrl() == null ? "" : editing.evidenceUrl());
      indicators.stream().filter(i -> i.id().equals(editing.indicatorId())).findFirst().ifPresent(indicator::setValue);
      implication.setValue(editing.implication() == null ? "" : editing.implication());
      decisions.stream().filter(d -> d.id().equals(editing.decisionId())).findFirst().ifPresent(decision::setValue);
    }
    FormLayout form = new FormLayout(insight, evidence, url, indicator, implication, decision, recordedOn);
    form.setColspan(insight, 2);
    form.setColspan(evidence, 2);
    form.setColspan(implication, 2);
    add(form);
    Button save = new Button(getTranslation("evaluation.save"), click -> {
      LessonForm entered = new LessonForm(recordedOn.getValue() == null ? null : recordedOn.getValue().toString(), insight.getValue(), evidence.getValue(), url.getValue(),
          indicator.getValue() == null ? null : indicator.getValue().id(), implication.getValue(), decision.getValue() == null ? null : decision.getValue().id());
      try {
        if (editing == null) {
          lessons.add(entered);
        } else {
          lessons.update(editing.id(), editing.revision(), entered);
        }
        close();
        saved.run();
      } catch (PluginProblem problem) {
        FieldProblems.show(problem, Map.of("recordedOn", recordedOn, "insight", insight, "evidence", evidence, "evidenceUrl", url, "indicator", indicator,
            "implication", implication, "decision", decision));
      }
    });
    save.setId("evaluation-lesson-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button(getTranslation("evaluation.cancel"), click -> close()), save);
    setWidth("min(48rem, 95vw)");
  }
}
