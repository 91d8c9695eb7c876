package org.missionhub.plugin.testing;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import org.missionhub.api.event.DomainEvent;
import org.missionhub.api.plugin.LocalizedText;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.api.plugin.PluginContext;
import org.missionhub.api.plugin.PluginDatabase;
import org.missionhub.api.plugin.PluginDescriptor;
import org.missionhub.api.plugin.PluginSettings;
import org.missionhub.plugin.notes.api.NoteAdded;
import org.missionhub.plugin.notes.api.NotesService;

/**
 * Healthy, and requires the notes plugin: enabled only where notes is, and its table refers to notes', so
 * its migration only works if notes' ran first (its id sorts before "notes" on purpose). It uses what notes
 * exports (contract 1.3.0), though both are drop-ins with class loaders of their own: the service
 * {@link NotesService} and the typed event {@link NoteAdded}, on which it highlights every new note.
 * {@code GET .../missions/{id}/highlights/summary} shows both.
 */
public class Highlights extends TestPlugin {

  private volatile PluginDatabase database;
  private volatile NotesService notes;

  @Override
  public PluginDescriptor descriptor() {
    return descriptor("highlights")
        .description(LocalizedText.of("en", "Highlights every new note; requires the notes plugin and uses its service (for MissionHub's integration tests)"))
        .requires("notes", "[1.0.0,2.0.0)")
        .build();
  }

  @Override
  public void start(PluginContext context) {
    database = context.database();
    notes = context.service(NotesService.class);
  }

  @Override
  public Optional<String> migrations() {
    return Optional.of("db/migration/highlights");
  }

  @Override
  public void onEvent(DomainEvent event, PluginSettings settings) {
    if (event instanceof NoteAdded added) {
      database.forOrganisation(added.organisationId()).inTransaction(connection -> {
        try (PreparedStatement insert =
            connection.prepareStatement(
                "insert into highlights_highlight (note_id, tenant_id) select ?, ? where not exists (select 1 from highlights_highlight where note_id = ?)")) {
          insert.setString(1, added.noteId());
          insert.setString(2, added.organisationId().toString());
          insert.setString(3, added.noteId());
          return insert.executeUpdate();
        }
      });
    }
  }

  @Override
  public Optional<Object> missionResource(MissionScope scope) {
    return Optional.of(new SummaryResource(notes, scope));
  }

  /** The mission's notes, counted by the notes plugin's service, and how many of them are highlighted. */
  @Produces(MediaType.APPLICATION_JSON)
  public static class SummaryResource {
    private final NotesService notes;
    private final MissionScope scope;

    SummaryResource(NotesService notes, MissionScope scope) {
      this.notes = notes;
      this.scope = scope;
    }

    /** Notes of the mission and highlights among them. */
    public record Summary(int notes, int highlighted) {}

    @GET
    @Path("summary")
    public Summary summary() {
      int highlighted = scope.database().inTransaction(connection -> {
        try (PreparedStatement count =
            connection.prepareStatement(
                "select count(*) from highlights_highlight h join notes_note n on n.id = h.note_id where n.mission_id = ? and h.tenant_id = ?")) {
          count.setString(1, scope.missionId().toString());
          count.setString(2, scope.organisationId().toString());
          try (ResultSet rows = count.executeQuery()) {
            rows.next();
            return rows.getInt(1);
          }
        }
      });
      return new Summary(notes.noteCount(scope.organisationId(), scope.missionId()), highlighted);
    }
  }
}
