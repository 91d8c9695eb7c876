package org.missionhub.core.workshop.rest;

import jakarta.inject.Inject;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.missionhub.core.mail.domain.MailTexts;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.web.EntityTags;
import org.missionhub.core.web.OrganisationScopedResource;
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

/** A mission's peer-exchange workshops: prepared and run by its leaders and coordinators; groups; the summary. */
@Path("/v1/orgs/{slug}/missions/{missionId}/workshops")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Workshops")
public class WorkshopResource extends OrganisationScopedResource {

  @Inject WorkshopService workshops;
  @Inject WorkshopResults results;
  @Inject org.missionhub.core.workshop.application.WorkshopBoard board;

  @PathParam("missionId")
  String missionId;

  @GET
  @Operation(summary = "The mission's workshops, newest first")
  public List<WorkshopDto> list() {
    return workshops.list(missionId).stream().map(WorkshopDto::from).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Prepare a workshop (LEADER or COORDINATOR): title, prompts, anonymous, dotsPerPerson, groupSize; it starts as DRAFT")
  public Response create(WorkshopPlan plan, @Context UriInfo uri) {
    Workshop workshop = workshops.create(missionId, plan);
    return Response.created(uri.getAbsolutePathBuilder().path(workshop.id()).build()).entity(WorkshopDto.from(workshops.state(missionId, workshop.id())))
        .tag(EntityTags.of(workshop.version())).build();
  }

  @GET
  @Path("{workshopId}")
  @Operation(summary = "One workshop, with what the caller may do in it (me) and how far the posting is (progress)")
  public Response get(@PathParam("workshopId") String workshopId) {
    return ok(workshopId);
  }

  @PUT
  @Path("{workshopId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change a DRAFT workshop's plan (needs If-Match)")
  public Response plan(@PathParam("workshopId") String workshopId, @Context HttpHeaders headers, WorkshopPlan plan) {
    workshops.plan(missionId, workshopId, EntityTags.expectedVersion(headers), plan);
    return ok(workshopId);
  }

  @DELETE
  @Path("{workshopId}")
  @Operation(summary = "Remove a DRAFT workshop (needs If-Match); an opened one stays as the record")
  public Response delete(@PathParam("workshopId") String workshopId, @Context HttpHeaders headers) {
    workshops.delete(missionId, workshopId, EntityTags.expectedVersion(headers));
    return Response.noContent().build();
  }

  @POST
  @Path("{workshopId}/phase")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Move the workshop forward: DRAFT, POSTING (invites the mission's people), REVEALED, BREAKOUT (forms groups), VOTING, CLOSED (needs If-Match)")
  public Response phase(@PathParam("workshopId") String workshopId, @Context HttpHeaders headers, PhaseChange change) {
    workshops.moveTo(missionId, workshopId, EntityTags.expectedVersion(headers), phase(change));
    return ok(workshopId);
  }

  @POST
  @Path("{workshopId}/join")
  @Operation(summary = "Take part (every mission role but OBSERVER); once groups are formed, join the one you mix best with")
  public Response join(@PathParam("workshopId") String workshopId) {
    board.join(missionId, workshopId);
    return Response.noContent().build();
  }

  @GET
  @Path("{workshopId}/groups")
  @Operation(summary = "The breakout groups and their people (none before BREAKOUT)")
  public List<GroupDto> groups(@PathParam("workshopId") String workshopId) {
    return GroupDto.from(results.groups(missionId, workshopId));
  }

  @POST
  @Path("{workshopId}/groups")
  @Operation(summary = "Deal everyone into new groups mixing organisations, types and countries (facilitator, BREAKOUT)")
  public List<GroupDto> regroup(@PathParam("workshopId") String workshopId) {
    return GroupDto.from(results.regroup(missionId, workshopId));
  }

  @PUT
  @Path("{workshopId}/groups/{subject}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Move one participant to group {\"group\": n} by hand (facilitator, BREAKOUT; the next number starts a new group)")
  public List<GroupDto> move(@PathParam("workshopId") String workshopId, @PathParam("subject") String subject, GroupMove move) {
    return GroupDto.from(results.move(missionId, workshopId, subject, move == null ? null : move.group()));
  }

  @GET
  @Path("{workshopId}/summary")
  @Operation(summary = "What the CLOSED workshop produced: per prompt, clusters and notes ranked by dots (authors unless anonymous)")
  public WorkshopSummary summary(@PathParam("workshopId") String workshopId) {
    return results.summary(missionId, workshopId);
  }

  @GET
  @Path("{workshopId}/summary.md")
  @Produces("text/markdown; charset=UTF-8")
  @Operation(summary = "The summary as a Markdown document, in the language asked for (Accept-Language: en, fr, da)")
  public Response summaryMarkdown(@PathParam("workshopId") String workshopId, @Context HttpHeaders headers) {
    Locale language = headers.getAcceptableLanguages().stream().findFirst().orElse(Locale.ENGLISH);
    MailTexts texts = MailTexts.in(language);
    String markdown = SummaryMarkdown.of(results.summary(missionId, workshopId), (key, arguments) -> texts.text(key, arguments));
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
    WorkshopDto dto = WorkshopDto.from(workshops.state(missionId, workshopId));
    return Response.ok(dto).tag(EntityTags.of(dto.version())).build();
  }
}
