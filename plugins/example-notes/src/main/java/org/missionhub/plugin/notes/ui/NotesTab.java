package org.missionhub.plugin.notes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.notes.Note;
import org.missionhub.plugin.notes.NotesPlugin;

/** The mission workspace's "Notes" tab: the notes, newest first, and a field to add one. */
public class NotesTab extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  private final transient NotesPlugin plugin;
  private final transient MissionScope scope;
  private final VerticalLayout list = new VerticalLayout();

  public NotesTab(NotesPlugin plugin, MissionScope scope) {
    this.plugin = plugin;
    this.scope = scope;
    setId("notes-tab");
    setPadding(false);
    list.setPadding(false);
    if (scope.can(NotesPlugin.WRITE)) {
      TextArea text = new TextArea(getTranslation("notes.new"));
      text.setId("notes-text");
      text.setMaxLength(scope.settings().integer(NotesPlugin.MAX_LENGTH));
      text.setWidthFull();
      Button add = new Button(getTranslation("notes.add"), click -> {
        if (text.getValue().isBlank()) {
          text.setErrorMessage(getTranslation("notes.required"));
          text.setInvalid(true);
          return;
        }
        try {
          plugin.store().add(scope, text.getValue());
          text.clear();
          text.setInvalid(false);
          refresh();
        } catch (PluginProblem problem) {
          text.setErrorMessage(problem.getMessage());
          text.setInvalid(true);
        }
      });
      add.setId("notes-add");
      add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      add(text, add);
    }
    add(list);
    refresh();
  }

  private void refresh() {
    list.removeAll();
    var notes = plugin.store().notes(scope.organisationId(), scope.missionId(), 200);
    if (notes.isEmpty()) {
      list.add(new Paragraph(getTranslation("notes.none")));
    }
    DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale());
    for (Note note : notes) {
      Span meta = new Span(note.authorName() + " · " + format.format(note.createdAt()));
      meta.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
      VerticalLayout entry = new VerticalLayout(meta, new Paragraph(note.text()));
      entry.setSpacing(false);
      entry.setPadding(false);
      entry.addClassName("notes-entry");
      list.add(entry);
    }
  }
}
