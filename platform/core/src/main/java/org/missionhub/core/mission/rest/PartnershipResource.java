package org.missionhub.core.mission.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
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
import org.missionhub.core.web.OrganisationScopedResource;
import org.missionhub.core.mission.application.PartnerService;
import org.missionhub.core.mission.domain.MissionPartner;
import org.missionhub.core.mission.persistence.PartnerRepository;
import org.missionhub.core.web.EntityTags;
import org.missionhub.core.web.PageDto;
import org.missionhub.core.web.PageParams;

/**
 * The invited side of a partnership: invitations addressed to this organisation, to accept or decline.
 * (A partner leaves a mission by deleting its own partnership, see {@link PartnerResource}.)
 */
@Path("/v1/orgs/{slug}/partner-invitations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Mission partners")
public class PartnershipResource extends OrganisationScopedResource {

  @Inject PartnerService partners;

  @GET
  @Operation(summary = "Open invitations to co-manage missions of other organisations (sort: invitedAt)")
  public PageDto<InvitationDto> invitations(@BeanParam PageParams page) {
    return PageDto.of(partners.invitations(page.toRequest(PartnerRepository.SORTABLE.keySet(), "-invitedAt")), InvitationDto::from);
  }

  @GET
  @Path("{missionId}")
  @Operation(summary = "One open invitation")
  public Response invitation(@PathParam("missionId") String missionId) {
    return ok(partners.invitation(missionId));
  }

  @POST
  @Path("{missionId}/accept")
  @Operation(summary = "Accept an invitation (ORG_ADMIN; needs If-Match): the mission becomes visible")
  public Response accept(@PathParam("missionId") String missionId, @Context HttpHeaders headers) {
    return ok(partners.accept(missionId, EntityTags.expectedVersion(headers)));
  }

  @POST
  @Path("{missionId}/decline")
  @Operation(summary = "Decline an invitation (ORG_ADMIN; needs If-Match)")
  public Response decline(@PathParam("missionId") String missionId, @Context HttpHeaders headers) {
    return ok(partners.decline(missionId, EntityTags.expectedVersion(headers)));
  }

  private static Response ok(MissionPartner partner) {
    return Response.ok(InvitationDto.from(partner)).tag(EntityTags.of(partner.version())).build();
  }
}
