package org.missionhub.core.workshop.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.missionhub.core.web.EntityTags;
import org.missionhub.core.workshop.application.WorkshopBoard;
import org.missionhub.core.workshop.application.WorkshopHost;
import org.missionhub.core.workshop.domain.WorkshopNote;
import org.missionhub.core.workshop.rest.WorkshopDtos.Clustering;
import org.missionhub.core.workshop.rest.WorkshopDtos.Dots;
import org.missionhub.core.workshop.rest.WorkshopDtos.DotsLeft;
import org.missionhub.core.workshop.rest.WorkshopDtos.NewNote;
import org.missionhub.core.workshop.rest.WorkshopDtos.NoteDto;
import org.missionhub.core.workshop.rest.WorkshopDtos.NoteText;

/**
 * A workshop's notes: silent until the reveal, clustered, dot-voted, wherever the workshop is reached from (a
 * sub-resource of {@link WorkshopRoom}).
 */
@Produces(MediaType.APPLICATION_JSON)
public final class WorkshopNotes {

  private final WorkshopHost host;
  private final String workshopId;
  private final WorkshopBoard board;

  WorkshopNotes(WorkshopHost host, String workshopId, WorkshopBoard board) {
    this.host = host;
    this.workshopId = workshopId;
    this.board = board;
  }

  @GET
  @Operation(summary = "The notes you may see: only your own while POSTING; authors only if the workshop is not anonymous; all dots once CLOSED")
  public List<NoteDto> notes() {
    return board.notes(host, workshopId).stream().map(NoteDto::from).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Post a note {\"prompt\": index, \"body\": text} (POSTING, REVEALED or BREAKOUT); you join if you had not")
  public Response post(NewNote note, @Context UriInfo uri) {
    WorkshopNote posted = board.post(host, workshopId, note == null ? null : note.prompt(), note == null ? null : note.body());
    return Response.created(uri.getAbsolutePathBuilder().path(posted.id()).build()).entity(one(posted.id())).tag(EntityTags.of(posted.version())).build();
  }

  @GET
  @Path("{noteId}")
  @Operation(summary = "One note you may see")
  public Response note(@PathParam("noteId") String noteId) {
    NoteDto note = board.notes(host, workshopId).stream().filter(n -> n.id().equals(noteId)).findFirst().map(NoteDto::from)
        .orElseThrow(() -> org.missionhub.core.shared.ApplicationException.notFound("Note"));
    return Response.ok(note).tag(EntityTags.of(note.version())).build();
  }

  @PUT
  @Path("{noteId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change your own note's text (needs If-Match)")
  public Response rewrite(@PathParam("noteId") String noteId, @Context HttpHeaders headers, NoteText text) {
    WorkshopNote note = board.rewrite(host, workshopId, noteId, EntityTags.expectedVersion(headers), text == null ? null : text.body());
    return Response.ok(one(noteId)).tag(EntityTags.of(note.version())).build();
  }

  @DELETE
  @Path("{noteId}")
  @Operation(summary = "Remove your own note while notes are posted, or any note as a facilitator (needs If-Match)")
  public Response remove(@PathParam("noteId") String noteId, @Context HttpHeaders headers) {
    board.remove(host, workshopId, noteId, EntityTags.expectedVersion(headers));
    return Response.noContent().build();
  }

  @PUT
  @Path("{noteId}/cluster")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Put a note in a cluster {\"cluster\": label} (REVEALED or BREAKOUT; blank takes it out)")
  public NoteDto cluster(@PathParam("noteId") String noteId, Clustering clustering) {
    board.cluster(host, workshopId, noteId, clustering == null ? null : clustering.cluster());
    return one(noteId);
  }

  @PUT
  @Path("{noteId}/dots")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Place your dots on a note {\"dots\": n} while VOTING (0 takes them back); answers the dots you have left")
  public DotsLeft vote(@PathParam("noteId") String noteId, Dots dots) {
    return new DotsLeft(board.vote(host, workshopId, noteId, dots == null ? null : dots.dots()));
  }

  private NoteDto one(String noteId) {
    return board.notes(host, workshopId).stream().filter(n -> n.id().equals(noteId)).findFirst().map(NoteDto::from).orElseThrow();
  }
}
