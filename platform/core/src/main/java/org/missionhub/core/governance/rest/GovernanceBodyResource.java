package org.missionhub.core.governance.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.missionhub.core.web.OrganisationScopedResource;
import org.missionhub.core.governance.application.GovernanceBodyService;
import org.missionhub.core.governance.domain.BodyRecord;
import org.missionhub.core.governance.domain.GovernanceBody;
import org.missionhub.core.governance.persistence.GovernanceRepository;
import org.missionhub.core.web.EntityTags;
import org.missionhub.core.web.PageDto;
import org.missionhub.core.web.PageParams;

/** The bodies governing a mission. */
@Path("/v1/orgs/{slug}/missions/{missionId}/governance-bodies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Governance bodies")
public class GovernanceBodyResource extends OrganisationScopedResource {

  @Inject GovernanceBodyService bodies;

  @PathParam("missionId")
  String missionId;

  @GET
  @Operation(summary = "List governance bodies (sort: name, createdAt)")
  public PageDto<GovernanceBodyDto> list(@BeanParam PageParams page) {
    return PageDto.of(
        bodies.list(missionId, page.toRequest(GovernanceRepository.BODY_SORTABLE.keySet(), "name")), GovernanceBodyDto::from);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create a governance body (LEADER, COORDINATOR)")
  public Response create(BodyRecord record, @Context UriInfo uri) {
    GovernanceBody body = bodies.create(missionId, record);
    return Response.created(uri.getAbsolutePathBuilder().path(body.id()).build())
        .entity(GovernanceBodyDto.from(body))
        .tag(EntityTags.of(body.version()))
        .build();
  }

  @GET
  @Path("{bodyId}")
  @Operation(summary = "One governance body")
  public Response get(@PathParam("bodyId") String bodyId) {
    return ok(bodies.get(missionId, bodyId));
  }

  @PUT
  @Path("{bodyId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Edit a governance body; members are replaced as a whole (needs If-Match)")
  public Response revise(@PathParam("bodyId") String bodyId, @Context HttpHeaders headers, BodyRecord record) {
    return ok(bodies.revise(missionId, bodyId, EntityTags.expectedVersion(headers), record));
  }

  @DELETE
  @Path("{bodyId}")
  @Operation(summary = "Delete a governance body (needs If-Match)")
  public Response delete(@PathParam("bodyId") String bodyId, @Context HttpHeaders headers) {
    bodies.delete(missionId, bodyId, EntityTags.expectedVersion(headers));
    return Response.noContent().build();
  }

  private static Response ok(GovernanceBody body) {
    return Response.ok(GovernanceBodyDto.from(body)).tag(EntityTags.of(body.version())).build();
  }
}
