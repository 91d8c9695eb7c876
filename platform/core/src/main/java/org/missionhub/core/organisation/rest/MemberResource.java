package org.missionhub.core.organisation.rest;

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
import org.missionhub.core.organisation.application.MembershipService;
import org.missionhub.core.organisation.application.NewMember;
import org.missionhub.core.organisation.application.RoleChange;
import org.missionhub.core.organisation.domain.Membership;
import org.missionhub.core.organisation.persistence.MembershipRepository;
import org.missionhub.core.web.EntityTags;
import org.missionhub.core.web.PageDto;
import org.missionhub.core.web.PageParams;

/** The members of an organisation and their organisation roles. */
@Path("/v1/orgs/{slug}/members")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Members")
public class MemberResource extends OrganisationScopedResource {

  @Inject MembershipService members;

  @GET
  @Operation(summary = "List the organisation's members (sort: displayName, role, createdAt)")
  public PageDto<MemberDto> list(@BeanParam PageParams page) {
    return PageDto.of(members.list(page.toRequest(MembershipRepository.SORTABLE.keySet(), "displayName")), MemberDto::from);
  }

  @GET
  @Path("{memberId}")
  @Operation(summary = "One member")
  public Response get(@PathParam("memberId") String memberId) {
    return ok(members.get(memberId));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add a person to the organisation (ORG_ADMIN)")
  public Response add(NewMember member, @Context UriInfo uri) {
    Membership membership = members.add(member);
    return Response.created(uri.getAbsolutePathBuilder().path(membership.id()).build())
        .entity(MemberDto.from(membership))
        .tag(EntityTags.of(membership.version()))
        .build();
  }

  @PUT
  @Path("{memberId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change a member's organisation role (ORG_ADMIN; needs If-Match)")
  public Response changeRole(@PathParam("memberId") String memberId, @Context HttpHeaders headers, RoleChange change) {
    return ok(members.changeRole(memberId, EntityTags.expectedVersion(headers), change));
  }

  @DELETE
  @Path("{memberId}")
  @Operation(summary = "Remove a member (ORG_ADMIN; needs If-Match); their mission roles here end too")
  public Response remove(@PathParam("memberId") String memberId, @Context HttpHeaders headers) {
    members.remove(memberId, EntityTags.expectedVersion(headers));
    return Response.noContent().build();
  }

  private static Response ok(Membership membership) {
    return Response.ok(MemberDto.from(membership)).tag(EntityTags.of(membership.version())).build();
  }
}
