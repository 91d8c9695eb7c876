package org.missionhub.plugin.roadmap.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.roadmap.service.Forms.ObjectiveForm;
import org.missionhub.plugin.roadmap.service.RoadmapService;
import org.missionhub.plugin.support.ui.FieldProblems;

/** Adds one of the mission's objectives: a title, a measurable statement, the year it is due. */
final class ObjectiveDialog extends Dialog {

  private static final long serialVersionUID = 1L;

  ObjectiveDialog(RoadmapService roadmap, Runnable saved) {
    setId("roadmap-objective-dialog");
    setHeaderTitle(getTranslation("roadmap.objective.add"));
    TextField title = new TextField(getTranslation("roadmap.field.title"));
    title.setId("roadmap-objective-title");
    TextArea statement = new TextArea(getTranslation("roadmap.field.statement"));
    statement.setId("roadmap-objective-statement");
    IntegerField dueYear = new IntegerField(getTranslation("roadmap.field.dueYear"));
    dueYear.setId("roadmap-objective-due-year");
    FormLayout form = new FormLayout(title, statement, dueYear);
    form.setColspan(statement, 2);
    add(form);
    Button save = new Button(getTranslation("roadmap.save"), click -> {
      try {
        roadmap.addObjective(new ObjectiveForm(title.getValue(), statement.getValue(), dueYear.getValue(), null));
        close();
        saved.run();
      } catch (PluginProblem problem) {
        FieldProblems.show(problem, Map.of("title", title, "statement", statement, "dueYear", dueYear));
      }
    });
    save.setId("roadmap-objective-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button(getTranslation("roadmap.cancel"), click -> close()), save);
  }
}
