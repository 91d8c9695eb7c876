package org.missionhub.plugin.roadmap.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.roadmap.model.Initiative;
import org.missionhub.plugin.roadmap.model.Milestone;
import org.missionhub.plugin.roadmap.model.MilestoneState;
import org.missionhub.plugin.roadmap.service.Forms.MilestoneForm;
import org.missionhub.plugin.roadmap.service.MilestoneService;
import org.missionhub.plugin.support.ui.FieldProblems;

/** Adds a milestone to an initiative, or moves one: its title, date and state. */
final class MilestoneDialog extends Dialog {

  private static final long serialVersionUID = 1L;

  MilestoneDialog(MilestoneService milestones, Initiative initiative, Milestone editing, Runnable saved) {
    setId("roadmap-milestone-dialog");
    setHeaderTitle(getTranslation(editing == null ? "roadmap.milestone.add" : "roadmap.milestone.edit") + ": " + initiative.title());
    TextField title = new TextField(getTranslation("roadmap.field.title"));
    title.setId("roadmap-milestone-title");
    DatePicker due = new DatePicker(getTranslation("roadmap.field.due"));
    due.setId("roadmap-milestone-due");
    Select<MilestoneState> state = new Select<>();
    state.setLabel(getTranslation("roadmap.field.state"));
    state.setId("roadmap-milestone-state");
    state.setItems(MilestoneState.values());
    state.setItemLabelGenerator(s -> getTranslation("roadmap.milestone." + s.name()));
    state.setValue(MilestoneState.PLANNED);
    if (editing != null) {
      title.setValue(editing.title());
      due.setValue(editing.due());
      state.setValue(editing.state());
    }
    add(new FormLayout(title, due, state));
    Button save = new Button(getTranslation("roadmap.save"), click -> {
      MilestoneForm form = new MilestoneForm(initiative.id(), title.getValue(), due.getValue() == null ? null : due.getValue().toString(), null, state.getValue().name());
      try {
        if (editing == null) {
          milestones.add(form);
        } else {
          milestones.update(editing.id(), editing.revision(), form);
        }
        close();
        saved.run();
      } catch (PluginProblem problem) {
        FieldProblems.show(problem, Map.of("title", title, "due", due, "state", state));
      }
    });
    save.setId("roadmap-milestone-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button(getTranslation("roadmap.cancel"), click -> close()), save);
  }
}
