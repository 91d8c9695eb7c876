package org.missionhub.plugin.evaluation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.evaluation.diagram.TheoryLabels;
import org.missionhub.plugin.evaluation.model.ChangeLink;
import org.missionhub.plugin.evaluation.model.ChangeNode;
import org.missionhub.plugin.evaluation.service.Forms.LinkForm;
import org.missionhub.plugin.evaluation.service.TheoryService;
import org.missionhub.plugin.support.ui.FieldProblems;

/** Adds "this step leads to that one (or to the mission target)" with its assumptions and evidence, or changes it. */
final class LinkDialog extends Dialog {

  private static final long serialVersionUID = 1L;

  LinkDialog(TheoryService theory, TheoryService.View view, ChangeLink editing, Runnable saved) {
    setId("evaluation-theory-link-dialog");
    setHeaderTitle(getTranslation(editing == null ? "evaluation.theory.addLink" : "evaluation.theory.editLink"));
    TheoryLabels labels = TheoryLabels.of(getLocale());
    List<ChangeNode> nodes = view.theory().nodes();
    Select<String> from = new Select<>();
    from.setLabel(getTranslation("evaluation.theory.from"));
    from.setId("evaluation-theory-from");
    from.setItems(nodes.stream().map(ChangeNode::id).toList());
    from.setItemLabelGenerator(id -> view.theory().node(id).map(n -> labels.kind(n.kind()) + ": " + view.title(n)).orElse(id));
    Select<String> to = new Select<>();
    to.setLabel(getTranslation("evaluation.theory.to"));
    to.setId("evaluation-theory-to");
    List<String> targets = new ArrayList<>();
    targets.add(TheoryService.TARGET);
    nodes.stream().filter(n -> !n.kind().isAction()).forEach(n -> targets.add(n.id()));
    to.setItems(targets);
    to.setItemLabelGenerator(id -> TheoryService.TARGET.equals(id) ? getTranslation("evaluation.theory.target")
        : view.theory().node(id).map(n -> labels.kind(n.kind()) + ": " + view.title(n)).orElse(id));
    TextArea assumptions = new TextArea(getTranslation("evaluation.theory.assumptions"));
    assumptions.setId("evaluation-theory-assumptions");
    TextArea evidence = new TextArea(getTranslation("evaluation.theory.evidence"));
    evidence.setId("evaluation-theory-evidence");
    if (editing != null) {
      from.setValue(editing.from());
      to.setValue(editing.to() == null ? TheoryService.TARGET : editing.to());
      assumptions.setValue(editing.assumptions() == null ? "" : editing.assumptions());
      evidence.setValue(editing.evidence() == null ? "" : editing.evidence());
    }
    FormLayout form = new FormLayout(from, to, assumptions, evidence);
    form.setColspan(assumptions, 2);
    form.setColspan(evidence, 2);
    add(form);
    Button save = new Button(getTranslation("evaluation.save"), click -> {
      LinkForm entered = new LinkForm(from.getValue(), to.getValue(), assumptions.getValue(), evidence.getValue());
      try {
        if (editing == null) {
          theory.addLink(entered);
        } else {
          theory.updateLink(editing.id(), editing.revision(), entered);
        }
        close();
        saved.run();
      } catch (PluginProblem problem) {
        FieldProblems.show(problem, Map.of("from", from, "to", to, "assumptions", assumptions, "evidence", evidence));
      }
    });
    save.setId("evaluation-theory-link-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button cancel = new Button(getTranslation("evaluation.cancel"), click -> close());
    cancel.setId("evaluation-theory-link-cancel");
    getFooter().add(cancel, save);
    setWidth("min(44rem, 95vw)");
  }
}
