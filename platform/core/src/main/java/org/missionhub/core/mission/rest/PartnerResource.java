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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.missionhub.core.web.OrganisationScopedResource;
import org.missionhub.core.mission.application.PartnerInvitation;
import org.missionhub.core.mission.application.PartnerService;
import org.missionhub.core.mission.domain.MissionPartner;
import org.missionhub.core.mission.persistence.PartnerRepository;
import org.missionhub.core.web.EntityTags;
import org.missionhub.core.web.PageDto;
import org.missionhub.core.web.PageParams;

/** The organisations co-managing a mission. */
@Path("/v1/orgs/{slug}/missions/{missionId}/partners")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Mission partners")
public class PartnerResource extends OrganisationScopedResource {

  @Inject PartnerService partners;

  @PathParam("missionId")
  String missionId;

  @GET
  @Operation(summary = "List the mission's partnerships, in every status (sort: organisation, status, invitedAt)")
  public PageDto<PartnerDto> list(@BeanParam PageParams page) {
    return PageDto.of(partners.list(missionId, page.toRequest(PartnerRepository.SORTABLE.keySet(), "organisation")), PartnerDto::from);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Invite an organisation to co-manage the mission (LEADER of the lead organisation)")
  public Response invite(PartnerInvitation invitation, @Context UriInfo uri) {
    MissionPartner partner = partners.invite(missionId, invitation);
    return Response.created(uri.getAbsolutePathBuilder().path(partner.organisation().slug()).build())
        .entity(PartnerDto.from(partner))
        .tag(EntityTags.of(partner.version()))
        .build();
  }

  @GET
  @Path("{partnerSlug}")
  @Operation(summary = "One partnership")
  public Response get(@PathParam("partnerSlug") String partnerSlug) {
    MissionPartner partner = partners.get(missionId, partnerSlug);
    return Response.ok(PartnerDto.from(partner)).tag(EntityTags.of(partner.version())).build();
  }

  @DELETE
  @Path("{partnerSlug}")
  @Operation(
      summary = "End a partnership (needs If-Match): the lead's LEADER removes a partner or withdraws its"
          + " invitation; a partner's ORG_ADMIN deletes its own partnership to leave the mission")
  public Response end(@PathParam("partnerSlug") String partnerSlug, @Context HttpHeaders headers) {
    partners.end(missionId, partnerSlug, EntityTags.expectedVersion(headers));
    return Response.noContent().build();
  }
}
