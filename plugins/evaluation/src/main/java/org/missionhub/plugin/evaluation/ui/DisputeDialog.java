package org.missionhub.plugin.evaluation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.evaluation.model.Actual;
import org.missionhub.plugin.evaluation.service.ActualService;
import org.missionhub.plugin.evaluation.service.Forms.VerificationForm;
import org.missionhub.plugin.support.ui.FieldProblems;

/** A leader disputes a reported value, saying why: the reporter sees the note and corrects the value. */
final class DisputeDialog extends Dialog {

  private static final long serialVersionUID = 1L;

  DisputeDialog(ActualService actuals, Actual actual, Runnable saved) {
    setId("evaluation-dispute-dialog");
    setHeaderTitle(getTranslation("evaluation.actual.dispute"));
    TextArea note = new TextArea(getTranslation("evaluation.field.disputeNote"));
    note.setId("evaluation-dispute-note");
    note.setWidthFull();
    add(note);
    Button save = new Button(getTranslation("evaluation.actual.dispute"), click -> {
      try {
        actuals.verify(actual.indicatorId(), actual.id(), actual.revision(), new VerificationForm("DISPUTED", note.getValue()));
        close();
        saved.run();
      } catch (PluginProblem problem) {
        FieldProblems.show(problem, Map.of("note", note));
      }
    });
    save.setId("evaluation-dispute-save");
    save.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button(getTranslation("evaluation.cancel"), click -> close()), save);
    setWidth("min(32rem, 95vw)");
  }
}
