package org.missionhub.core.mission.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.missionhub.core.mission.application.MissionService;
import org.missionhub.core.mission.domain.MissionHealth;
import org.missionhub.core.web.OrganisationScopedResource;

/**
 * A mission's health check. A class of its own, with the literal path, so it outranks the plugin mount
 * {@code .../missions/{missionId}/{pluginId}} when JAX-RS chooses the resource class.
 */
@Path("/v1/orgs/{slug}/missions/{missionId}/health")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Missions")
public class MissionHealthResource extends OrganisationScopedResource {

  @Inject MissionService missions;

  @GET
  @Operation(summary = "The mission's health check: what is missing and why it matters")
  public MissionHealth health(@PathParam("missionId") String missionId) {
    return missions.health(missionId);
  }
}
