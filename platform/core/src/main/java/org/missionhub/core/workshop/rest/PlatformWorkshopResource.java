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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.missionhub.core.workshop.application.WorkshopBoard;
import org.missionhub.core.workshop.application.WorkshopHost;
import org.missionhub.core.workshop.application.WorkshopResults;
import org.missionhub.core.workshop.application.WorkshopService;
import org.missionhub.core.workshop.domain.WorkshopPlan;
import org.missionhub.core.workshop.rest.WorkshopDtos.WorkshopDto;

/**
 * Cross-organisation workshops, as the benchmark analysts who run them reach them: prepared for the organisations
 * they invite (say, a campaign's respondents), moved through their phases, groups and summary. Anyone else: 404.
 */
@Path("/v1/platform/workshops")
@Tag(name = "Workshops")
@Produces(MediaType.APPLICATION_JSON)
public class PlatformWorkshopResource {

  @Inject WorkshopService workshops;
  @Inject WorkshopResults results;
  @Inject WorkshopBoard board;

  private WorkshopHost host() {
    return WorkshopHost.PLATFORM;
  }

  @GET
  @Operation(summary = "The platform's workshops, newest first (BENCHMARK_ANALYST)")
  public List<WorkshopDto> list() {
    return workshops.listOnPlatform().stream().map(WorkshopDto::from).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Prepare a cross-organisation workshop (BENCHMARK_ANALYST): title, prompts, anonymous, dotsPerPerson, groupSize, "
      + "organisations (the slugs of the active organisations whose people take part); it starts as DRAFT, seen by analysts only")
  public Response create(WorkshopPlan plan, @Context UriInfo uri) {
    return WorkshopRoom.created(workshops, host(), workshops.createOnPlatform(plan), uri);
  }

  /** One workshop: what it is, its phases, groups, notes and summary. */
  @Path("{workshopId}")
  public WorkshopRoom workshop(@PathParam("workshopId") String workshopId) {
    return new WorkshopRoom(host(), workshopId, workshops, results, board);
  }
}
