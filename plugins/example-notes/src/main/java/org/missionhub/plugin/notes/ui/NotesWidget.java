package org.missionhub.plugin.notes.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.missionhub.api.plugin.OrganisationScope;
import org.missionhub.plugin.notes.NotesPlugin;

/** The organisation dashboard's "Notes" widget (contract 1.3.0): what the organisation's people wrote. */
public class NotesWidget extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  public NotesWidget(NotesPlugin plugin, OrganisationScope scope) {
    setId("notes-widget");
    setPadding(false);
    setSpacing(false);
    Paragraph written = new Paragraph(getTranslation("notes.widget.written", plugin.store().notesWrittenBy(scope.organisationId())));
    written.setId("notes-widget-written");
    Paragraph missions = new Paragraph(getTranslation("notes.widget.missions", plugin.store().missionsCreated(scope.organisationId())));
    add(written, missions);
  }
}
