package org.missionhub.plugin.notes;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.api.plugin.Returns;

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
    return store.notes(scope.organisationId(), scope.missionId(), 200);
  }

  /**
   * Who and what the mission is made of, read through the contract's read ports (1.3.0): its organisations,
   * the people holding roles, and the gate decisions that moved it between phases.
   */
  @GET
  @Path("mission")
  public MissionContext mission() {
    return new MissionContext(
        scope.organisations().stream()
            .map(o -> new MissionContext.Organisation(o.organisation().slug(), o.lead(), o.status().name()))
            .toList(),
        scope.people().stream()
            .map(p -> new MissionContext.Person(p.person().displayName(), p.role().name(), p.organisation().toString()))
            .toList(),
        scope.decisions().size(),
        scope.gates().stream().map(g -> new MissionContext.Gate(g.id(), g.phaseFrom().name(), g.phaseTo().name())).toList());
  }

  @GET
  @Path("notes/{id}")
  public Note get(@PathParam("id") String id) {
    return store.note(scope.organisationId(), scope.missionId(), id).orElseThrow(() -> PluginProblem.notFound("Note"));
  }

  @POST
  @Path("notes")
  @Consumes(MediaType.APPLICATION_JSON)
  @Returns(value = Note.class, status = 201)
  public Response add(NewNote note, @Context UriInfo uri) {
    Note added = store.add(scope, note == null ? null : note.text());
    return Response.created(uri.getAbsolutePathBuilder().path(added.id()).build()).entity(added).build();
  }
}
