package org.missionhub.core.mission.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.missionhub.core.mission.application.MissionService;
import org.missionhub.core.web.EntityTags;
import org.missionhub.core.web.OrganisationScopedResource;

/** Restoring an archived mission; its own class for the same reason as {@link MissionHealthResource}. */
@Path("/v1/orgs/{slug}/missions/{missionId}/restore")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Missions")
public class MissionRestoreResource extends OrganisationScopedResource {

  @Inject MissionService missions;

  @POST
  @Operation(summary = "Restore an archived mission (LEADER of the lead organisation; needs If-Match)")
  public Response restore(@PathParam("missionId") String missionId, @Context HttpHeaders headers) {
    missions.restore(missionId, EntityTags.expectedVersion(headers));
    return MissionResource.ok(missions.get(missionId));
  }
}
