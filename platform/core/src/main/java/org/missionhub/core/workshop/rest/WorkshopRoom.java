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
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.missionhub.core.mail.domain.MailTexts;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.web.EntityTags;
import org.missionhub.core.workshop.application.WorkshopBoard;
import org.missionhub.core.workshop.application.WorkshopHost;
import org.missionhub.core.workshop.application.WorkshopResults;
import org.missionhub.core.workshop.application.WorkshopService;
import org.missionhub.core.workshop.domain.SummaryMarkdown;
import org.missionhub.core.workshop.domain.Workshop;
import org.missionhub.core.workshop.domain.WorkshopPhase;
import org.missionhub.core.workshop.domain.WorkshopPlan;
import org.missionhub.core.workshop.domain.WorkshopSummary;
import org.missionhub.core.workshop.rest.WorkshopDtos.GroupDto;
import org.missionhub.core.workshop.rest.WorkshopDtos.GroupMove;
import org.missionhub.core.workshop.rest.WorkshopDtos.PhaseChange;
import org.missionhub.core.workshop.rest.WorkshopDtos.WorkshopDto;

/**
 * One workshop's endpoints, wherever it is reached from (a mission, the platform, an invited organisation): the
 * resource of that address hands each request for {@code {workshopId}} to one of these (a sub-resource), naming the
 * host; the access check is the services'.
 */
@Produces(MediaType.APPLICATION_JSON)
public final class WorkshopRoom {

  private final WorkshopHost host;
  private final String workshopId;
  private final WorkshopService workshops;
  private final WorkshopResults results;
  private final WorkshopBoard board;

  WorkshopRoom(WorkshopHost host, String workshopId, WorkshopService workshops, WorkshopResults results, WorkshopBoard board) {
    this.host = java.util.Objects.requireNonNull(host, "host");
    this.workshopId = workshopId;
    this.workshops = workshops;
    this.results = results;
    this.board = board;
  }

  /** The answer to a workshop just prepared at {@code uri} (the list's address). */
  static Response created(WorkshopService workshops, WorkshopHost host, Workshop workshop, UriInfo uri) {
    return Response.created(uri.getAbsolutePathBuilder().path(workshop.id()).build()).entity(WorkshopDto.from(workshops.state(host, workshop.id())))
        .tag(EntityTags.of(workshop.version())).build();
  }

  @Path("notes")
  public WorkshopNotes notes() {
    return new WorkshopNotes(host, workshopId, board);
  }

  @GET
  @Operation(summary = "One workshop, with what the caller may do in it (me) and how far the posting is (progress)")
  public Response get() {
    return ok(workshopId);
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change a DRAFT workshop's plan (needs If-Match)")
  public Response plan(@Context HttpHeaders headers, WorkshopPlan plan) {
    workshops.plan(host, workshopId, EntityTags.expectedVersion(headers), plan);
    return ok(workshopId);
  }

  @DELETE
  @Operation(summary = "Remove a DRAFT workshop (needs If-Match); an opened one stays as the record")
  public Response delete(@Context HttpHeaders headers) {
    workshops.delete(host, workshopId, EntityTags.expectedVersion(headers));
    return Response.noContent().build();
  }

  @POST
  @Path("phase")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Move the workshop forward: DRAFT, POSTING (invites the workshop's people), REVEALED, BREAKOUT (forms groups), VOTING, CLOSED (needs If-Match)")
  public Response phase(@Context HttpHeaders headers, PhaseChange change) {
    workshops.moveTo(host, workshopId, EntityTags.expectedVersion(headers), phase(change));
    return ok(workshopId);
  }

  @POST
  @Path("join")
  @Operation(summary = "Take part (in a mission every role but OBSERVER; on the platform the invited organisations' people); once groups are formed, join the one you mix best with")
  public Response join() {
    board.join(host, workshopId);
    return Response.noContent().build();
  }

  @GET
  @Path("groups")
  @Operation(summary = "The breakout groups and their people (none before BREAKOUT)")
  public List<GroupDto> groups() {
    return GroupDto.from(results.groups(host, workshopId));
  }

  @POST
  @Path("groups")
  @Operation(summary = "Deal everyone into new groups mixing organisations, types and countries (facilitator, BREAKOUT)")
  public List<GroupDto> regroup() {
    return GroupDto.from(results.regroup(host, workshopId));
  }

  @PUT
  @Path("groups/{subject}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Move one participant to group {\"group\": n} by hand (facilitator, BREAKOUT; the next number starts a new group)")
  public List<GroupDto> move(@PathParam("subject") String subject, GroupMove move) {
    return GroupDto.from(results.move(host, workshopId, subject, move == null ? null : move.group()));
  }

  @GET
  @Path("summary")
  @Operation(summary = "What the CLOSED workshop produced: per prompt, clusters and notes ranked by dots (authors unless anonymous)")
  public WorkshopSummary summary() {
    return results.summary(host, workshopId);
  }

  @GET
  @Path("summary.md")
  @Produces("text/markdown; charset=UTF-8")
  @Operation(summary = "The summary as a Markdown document, in the language asked for (Accept-Language: en, fr, da)")
  public Response summaryMarkdown(@Context HttpHeaders headers) {
    Locale language = headers.getAcceptableLanguages().stream().findFirst().orElse(Locale.ENGLISH);
    MailTexts texts = MailTexts.in(language);
    String markdown = SummaryMarkdown.of(results.summary(host, workshopId), (key, arguments) -> texts.text(key, arguments));
    return Response.ok(markdown).header("Content-Disposition", "attachment; filename=\"workshop-" + workshopId + ".md\"")
        .header("Content-Language", texts.language().getLanguage()).build();
  }

  private static WorkshopPhase phase(PhaseChange change) {
    if (change == null || change.phase() == null) {
      return null;
    }
    try {
      return WorkshopPhase.valueOf(change.phase());
    } catch (IllegalArgumentException e) {
      throw ApplicationException.invalid("phase", "is one of " + java.util.Arrays.toString(WorkshopPhase.values()));
    }
  }

  private Response ok(String workshopId) {
    WorkshopDto dto = WorkshopDto.from(workshops.state(host, workshopId));
    return Response.ok(dto).tag(EntityTags.of(dto.version())).build();
  }
}
