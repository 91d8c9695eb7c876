package org.missionhub.plugin.notes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.missionhub.api.plugin.CoreItem;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.notes.NotesPlugin;

/**
 * The "Add a note" action on a decision of the decision log (contract 1.3.0, an item action): the note
 * names the decision, and lands on the mission's Notes tab.
 */
public class DecisionNoteForm extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  public DecisionNoteForm(NotesPlugin plugin, MissionScope scope, CoreItem decision) {
    setId("decision-note-form");
    setPadding(false);
    String about = getTranslation("notes.decision.about", decision.title());
    TextArea text = new TextArea(getTranslation("notes.new"));
    text.setId("decision-note-text");
    text.setHelperText(about);
    text.setWidthFull();
    text.setMaxLength(Math.max(1, scope.settings().integer(NotesPlugin.MAX_LENGTH) - about.length() - 2));
    Button add = new Button(getTranslation("notes.add"), click -> {
      if (text.getValue().isBlank()) {
        text.setErrorMessage(getTranslation("notes.required"));
        text.setInvalid(true);
        return;
      }
      try {
        plugin.store().add(scope, about + ": " + text.getValue());
        Notification.show(getTranslation("notes.decision.saved"));
        findAncestor(Dialog.class).close();
      } catch (PluginProblem problem) {
        text.setErrorMessage(problem.getMessage());
        text.setInvalid(true);
      }
    });
    add.setId("decision-note-add");
    add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add(text, add);
  }
}
