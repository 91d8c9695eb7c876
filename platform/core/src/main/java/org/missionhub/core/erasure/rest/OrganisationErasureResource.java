package org.missionhub.core.erasure.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.missionhub.core.erasure.application.ErasureOutcome;
import org.missionhub.core.erasure.application.ErasurePlan;
import org.missionhub.core.erasure.application.ErasureRequest;
import org.missionhub.core.erasure.application.OrganisationErasureService;
import org.missionhub.core.web.EntityTags;

/**
 * Erasing an organisation that leaves MissionHub (PLATFORM_ADMIN): first what it would do, then the order,
 * with the organisation's ETag from the plan in If-Match.
 */
@Path("/v1/platform/organisations/{organisation}/erasure")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Platform administration")
public class OrganisationErasureResource {

  @Inject OrganisationErasureService erasure;

  @GET
  @Operation(summary = "What erasing the organisation would do: missions to hand over or delete, and what core and each plugin hold")
  public Response plan(@PathParam("organisation") String organisation) {
    ErasurePlan plan = erasure.plan(organisation);
    return Response.ok(ErasurePlanDto.from(plan)).tag(EntityTags.of(plan.version())).build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Erase a suspended organisation (needs If-Match): its private data goes, a partner takes the lead of each mission it leads"
          + " with partners (handovers: mission id -> partner slug), its comments elsewhere stay without names; asked again, finishes an erasure that stopped")
  public Response erase(@PathParam("organisation") String organisation, @Context HttpHeaders headers, ErasureRequest order) {
    ErasureOutcome outcome = erasure.erase(organisation, EntityTags.expectedVersion(headers), order);
    return Response.ok(ErasurePlanDto.from(outcome)).build();
  }
}
