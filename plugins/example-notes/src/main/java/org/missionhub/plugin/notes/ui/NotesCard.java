package org.missionhub.plugin.notes.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.plugin.notes.Note;
import org.missionhub.plugin.notes.NotesPlugin;

/** The mission overview's "Notes" card (contract 1.3.0): how many notes the mission has, and the latest. */
public class NotesCard extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  public NotesCard(NotesPlugin plugin, MissionScope scope) {
    setId("notes-card");
    setPadding(false);
    setSpacing(false);
    int count = plugin.store().noteCount(scope.organisationId(), scope.missionId());
    Span total = new Span(getTranslation("notes.card.count", count));
    total.setId("notes-card-count");
    add(total);
    for (Note latest : plugin.store().notes(scope.organisationId(), scope.missionId(), 1)) {
      Paragraph text = new Paragraph(getTranslation("notes.card.latest", latest.authorName()) + " " + latest.text());
      text.getStyle().set("margin", "var(--lumo-space-xs) 0").set("color", "var(--lumo-secondary-text-color)");
      add(text);
    }
  }
}
