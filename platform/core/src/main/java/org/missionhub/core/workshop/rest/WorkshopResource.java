package org.missionhub.core.workshop.rest;

import jakarta.inject.Inject;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.missionhub.core.workshop.application.WorkshopBoard;
import org.missionhub.core.workshop.application.WorkshopHost;
import org.missionhub.core.workshop.application.WorkshopResults;
import org.missionhub.core.workshop.application.WorkshopService;
import org.missionhub.core.workshop.domain.WorkshopPlan;
import org.missionhub.core.workshop.rest.WorkshopDtos.WorkshopDto;

/** A mission's peer-exchange workshops: prepared and run by its leaders and coordinators; groups; the summary. */
@Path("/v1/orgs/{slug}/missions/{missionId}/workshops")
@Tag(name = "Workshops")
@Produces(MediaType.APPLICATION_JSON)
public class WorkshopResource {

  /** Resolved, with the caller's membership, by a request filter (as for every OrganisationScopedResource). */
  @PathParam("slug")
  @Parameter(description = "Slug of the organisation the caller works in; 404 if they are not a member")
  String slug;

  @PathParam("missionId")
  String missionId;

  @Inject WorkshopService workshops;
  @Inject WorkshopResults results;
  @Inject WorkshopBoard board;

  private WorkshopHost host() {
    return WorkshopHost.mission(missionId);
  }

  @GET
  @Operation(summary = "The mission's workshops, newest first")
  public List<WorkshopDto> list() {
    return workshops.list(missionId).stream().map(WorkshopDto::from).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Prepare a workshop (LEADER or COORDINATOR): title, prompts, anonymous, dotsPerPerson, groupSize; it starts as DRAFT")
  public Response create(WorkshopPlan plan, @Context UriInfo uri) {
    return WorkshopRoom.created(workshops, host(), workshops.create(missionId, plan), uri);
  }

  /** One workshop: what it is, its phases, groups, notes and summary. */
  @Path("{workshopId}")
  public WorkshopRoom workshop(@PathParam("workshopId") String workshopId) {
    return new WorkshopRoom(host(), workshopId, workshops, results, board);
  }
}
