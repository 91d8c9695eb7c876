package org.missionhub.plugin.evaluation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.evaluation.diagram.TheoryLabels;
import org.missionhub.plugin.evaluation.model.ChangeNode;
import org.missionhub.plugin.evaluation.model.Indicator;
import org.missionhub.plugin.evaluation.model.NodeKind;
import org.missionhub.plugin.evaluation.service.Forms.NodeForm;
import org.missionhub.plugin.evaluation.service.TheoryService;
import org.missionhub.plugin.roadmap.api.PortfolioInitiative;
import org.missionhub.plugin.support.ui.FieldProblems;

/** Adds a step to the theory of change or changes one: its kind, title (a roadmap initiative's for an initiative), and the indicators that measure it. */
final class StepDialog extends Dialog {

  private static final long serialVersionUID = 1L;

  StepDialog(TheoryService theory, TheoryService.View view, ChangeNode editing, Runnable saved) {
    setId("evaluation-theory-step-dialog");
    setHeaderTitle(getTranslation(editing == null ? "evaluation.theory.addStep" : "evaluation.theory.editStep"));
    TheoryLabels labels = TheoryLabels.of(getLocale());
    Select<NodeKind> kind = new Select<>();
    kind.setLabel(getTranslation("evaluation.theory.kind"));
    kind.setId("evaluation-theory-kind");
    kind.setItems(NodeKind.OUTCOME, NodeKind.OUTPUT, NodeKind.INITIATIVE, NodeKind.ACTIVITY);
    kind.setItemLabelGenerator(labels::kind);
    TextField title = new TextField(getTranslation("evaluation.theory.stepTitle"));
    title.setId("evaluation-theory-title");
    Select<PortfolioInitiative> initiative = new Select<>();
    initiative.setLabel(getTranslation("evaluation.theory.initiative"));
    initiative.setId("evaluation-theory-initiative");
    initiative.setItems(view.initiatives());
    initiative.setItemLabelGenerator(PortfolioInitiative::title);
    TextArea description = new TextArea(getTranslation("evaluation.theory.description"));
    description.setId("evaluation-theory-description");
    MultiSelectComboBox<Indicator> indicators = new MultiSelectComboBox<>(getTranslation("evaluation.theory.indicators"));
    indicators.setId("evaluation-theory-indicators");
    indicators.setItems(view.indicators());
    indicators.setItemLabelGenerator(i -> i.code() + " · " + i.name().in(getLocale()));
    kind.addValueChangeListener(e -> {
      boolean isInitiative = e.getValue() == NodeKind.INITIATIVE;
      initiative.setVisible(isInitiative);
      title.setVisible(!isInitiative);
    });
    kind.setValue(editing == null ? NodeKind.OUTCOME : editing.kind());
    if (editing != null) {
      title.setValue(editing.initiativeId() == null ? editing.title() : "");
      view.initiatives().stream().filter(i -> i.id().equals(editing.initiativeId())).findFirst().ifPresent(initiative::setValue);
      description.setValue(editing.description() == null ? "" : editing.description());
      indicators.setValue(view.indicatorsOf(editing.id()));
    }
    FormLayout form = new FormLayout(kind, title, initiative, description, indicators);
    form.setColspan(description, 2);
    form.setColspan(indicators, 2);
    add(form);
    Button save = new Button(getTranslation("evaluation.save"), click -> {
      NodeForm entered = new NodeForm(kind.getValue() == null ? null : kind.getValue().name(), title.getValue(), description.getValue(),
          initiative.getValue() == null ? null : initiative.getValue().id(), indicators.getValue().stream().map(Indicator::id).toList());
      try {
        if (editing == null) {
          theory.addNode(entered);
        } else {
          theory.updateNode(editing.id(), editing.revision(), entered);
        }
        close();
        saved.run();
      } catch (PluginProblem problem) {
        FieldProblems.show(problem, Map.of("kind", kind, "title", title, "initiative", initiative, "description", description, "indicators", indicators));
      }
    });
    save.setId("evaluation-theory-step-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button cancel = new Button(getTranslation("evaluation.cancel"), click -> close());
    cancel.setId("evaluation-theory-step-cancel");
    getFooter().add(cancel, save);
    setWidth("min(44rem, 95vw)");
  }
}
