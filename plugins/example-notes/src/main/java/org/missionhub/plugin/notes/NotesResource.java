package org.missionhub.plugin.notes;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.missionhub.api.plugin.MissionScope;

/** {@code /api/v1/orgs/{slug}/missions/{missionId}/notes/...}: the platform already checked access. */
@Produces(MediaType.APPLICATION_JSON)
public class NotesResource {

  private final NotesStore store;
  private final MissionScope scope;

  NotesResource(NotesStore store, MissionScope scope) {
    this.store = store;
    this.scope = scope;
  }

  @GET
  @Path("notes")
  public List<Note> list() {
    return store.notes(scope.missionId(), 200);
  }

  @POST
  @Path("notes")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response add(NewNote note) {
    Note added = store.add(scope, note == null ? null : note.text());
    return Response.status(Response.Status.CREATED).entity(added).build();
  }
}
