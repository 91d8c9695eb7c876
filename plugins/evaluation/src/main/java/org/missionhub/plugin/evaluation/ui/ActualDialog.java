package org.missionhub.plugin.evaluation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.evaluation.model.Actual;
import org.missionhub.plugin.evaluation.model.Indicator;
import org.missionhub.plugin.evaluation.service.ActualService;
import org.missionhub.plugin.evaluation.service.Forms.ActualForm;
import org.missionhub.plugin.support.ui.FieldProblems;

/** Reports a value of an indicator for a period (the total, or one group), or corrects one. */
final class ActualDialog extends Dialog {

  private static final long serialVersionUID = 1L;

  ActualDialog(ActualService actuals, Indicator indicator, Actual editing, Runnable saved) {
    setId("evaluation-actual-dialog");
    setHeaderTitle(getTranslation(editing == null ? "evaluation.actual.report" : "evaluation.actual.correct") + ": " + indicator.code());
    TextField period = new TextField(getTranslation("evaluation.field.period"));
    period.setId("evaluation-actual-period");
    period.setHelperText(getTranslation("evaluation.field.periodHelp", indicator.periods().example()));
    TextField value = new TextField(getTranslation("evaluation.field.value") + (indicator.unit() == null ? "" : " (" + indicator.unit() + ")"));
    value.setId("evaluation-actual-value");
    TextField group = new TextField(getTranslation("evaluation.field.group"));
    group.setId("evaluation-actual-group");
    group.setHelperText(indicator.disaggregations().isEmpty()
        ? getTranslation("evaluation.field.groupNone")
        : getTranslation("evaluation.field.groupHelp", String.join(", ", indicator.disaggregations())));
    group.setEnabled(!indicator.disaggregations().isEmpty());
    TextField source = new TextField(getTranslation("evaluation.field.source"));
    source.setId("evaluation-actual-source");
    TextArea comment = new TextArea(getTranslation("evaluation.field.comment"));
    comment.setId("evaluation-actual-comment");
    if (editing != null) {
      period.setValue(indicator.periods().name(editing.period()));
      value.setValue(editing.value().toPlainString());
      group.setValue(editing.disaggregation() == null ? "" : editing.disaggregation());
      source.setValue(editing.source() == null ? "" : editing.source());
      comment.setValue(editing.comment() == null ? "" : editing.comment());
    }
    FormLayout form = new FormLayout(period, value, group, source, comment);
    form.setColspan(comment, 2);
    add(form);
    Button save = new Button(getTranslation("evaluation.save"), click -> {
      ActualForm entered = new ActualForm(period.getValue(), group.getValue(), value.getValue(), source.getValue(), comment.getValue());
      try {
        if (editing == null) {
          actuals.report(indicator.id(), entered);
        } else {
          actuals.correct(indicator.id(), editing.id(), editing.revision(), entered);
        }
        close();
        saved.run();
      } catch (PluginProblem problem) {
        FieldProblems.show(problem, Map.of("period", period, "value", value, "disaggregation", group, "source", source, "comment", comment));
      }
    });
    save.setId("evaluation-actual-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button(getTranslation("evaluation.cancel"), click -> close()), save);
  }
}
