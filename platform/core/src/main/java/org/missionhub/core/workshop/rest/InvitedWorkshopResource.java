package org.missionhub.core.workshop.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.missionhub.core.workshop.application.WorkshopBoard;
import org.missionhub.core.workshop.application.WorkshopHost;
import org.missionhub.core.workshop.application.WorkshopResults;
import org.missionhub.core.workshop.application.WorkshopService;
import org.missionhub.core.workshop.rest.WorkshopDtos.WorkshopDto;

/**
 * The cross-organisation workshops an organisation is invited to, as its people reach them: once opened they join,
 * and (under {@code notes}) post, cluster and vote for the organisation. Organisations not invited: 404.
 */
@Path("/v1/orgs/{slug}/workshops")
@Tag(name = "Workshops")
@Produces(MediaType.APPLICATION_JSON)
public class InvitedWorkshopResource {

  /** Resolved, with the caller's membership, by a request filter (as for every OrganisationScopedResource). */
  @PathParam("slug")
  @Parameter(description = "Slug of the organisation the caller works in; 404 if they are not a member")
  String slug;

  @Inject WorkshopService workshops;
  @Inject WorkshopResults results;
  @Inject WorkshopBoard board;

  private WorkshopHost host() {
    return WorkshopHost.PLATFORM;
  }

  @GET
  @Operation(summary = "The cross-organisation workshops this organisation is invited to and that have opened, newest first")
  public List<WorkshopDto> list() {
    return workshops.listInvited().stream().map(WorkshopDto::from).toList();
  }

  /** One workshop: what it is, its phases, groups, notes and summary. */
  @Path("{workshopId}")
  public WorkshopRoom workshop(@PathParam("workshopId") String workshopId) {
    return new WorkshopRoom(host(), workshopId, workshops, results, board);
  }
}
