package org.missionhub.core.mission.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.missionhub.core.web.OrganisationScopedResource;
import org.missionhub.core.mission.application.MissionRoleService;
import org.missionhub.core.mission.application.RoleCandidate;
import org.missionhub.core.mission.application.RoleAssignment;
import org.missionhub.core.mission.domain.MissionRoleAssignment;
import org.missionhub.core.mission.persistence.RoleRepository;
import org.missionhub.core.web.EntityTags;
import org.missionhub.core.web.PageDto;
import org.missionhub.core.web.PageParams;

/** The people working on a mission and their mission roles. */
@Path("/v1/orgs/{slug}/missions/{missionId}/roles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Mission roles")
public class RoleResource extends OrganisationScopedResource {

  @Inject MissionRoleService roles;

  @PathParam("missionId")
  String missionId;

  @GET
  @Operation(summary = "List mission roles (sort: displayName, role, organisation, assignedAt)")
  public PageDto<RoleDto> list(@BeanParam PageParams page) {
    return PageDto.of(roles.list(missionId, page.toRequest(RoleRepository.SORTABLE.keySet(), "displayName")), RoleDto::from);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Give a member of the lead or of an accepted partner a mission role (LEADER)")
  public Response assign(RoleAssignment assignment, @Context UriInfo uri) {
    MissionRoleAssignment role = roles.assign(missionId, assignment);
    return Response.created(uri.getAbsolutePathBuilder().path(role.id()).build())
        .entity(RoleDto.from(role))
        .tag(EntityTags.of(role.version()))
        .build();
  }

  @GET
  @Path("candidates")
  @Operation(summary = "People who may be given a role: members of the lead and of accepted partners (LEADER)")
  public List<RoleCandidate> candidates() {
    return roles.candidates(missionId);
  }

  @GET
  @Path("{roleId}")
  @Operation(summary = "One mission role")
  public Response get(@PathParam("roleId") String roleId) {
    MissionRoleAssignment role = roles.get(missionId, roleId);
    return Response.ok(RoleDto.from(role)).tag(EntityTags.of(role.version())).build();
  }

  @DELETE
  @Path("{roleId}")
  @Operation(summary = "Take a mission role away (LEADER; needs If-Match); the last LEADER cannot be removed")
  public Response unassign(@PathParam("roleId") String roleId, @Context HttpHeaders headers) {
    roles.unassign(missionId, roleId, EntityTags.expectedVersion(headers));
    return Response.noContent().build();
  }
}
