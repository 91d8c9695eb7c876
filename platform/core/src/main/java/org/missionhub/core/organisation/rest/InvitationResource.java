package org.missionhub.core.organisation.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.missionhub.core.organisation.application.InvitationOutcome;
import org.missionhub.core.organisation.application.InvitationService;
import org.missionhub.core.organisation.application.NewInvitation;
import org.missionhub.core.organisation.domain.MemberInvitation;
import org.missionhub.core.organisation.persistence.InvitationRepository;
import org.missionhub.core.web.EntityTags;
import org.missionhub.core.web.Enums;
import org.missionhub.core.web.OrganisationScopedResource;
import org.missionhub.core.web.PageDto;
import org.missionhub.core.web.PageParams;

/** Inviting people to an organisation by e-mail (ORG_ADMIN). */
@Path("/v1/orgs/{slug}/invitations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Members")
public class InvitationResource extends OrganisationScopedResource {

  @Inject InvitationService invitations;

  @GET
  @Operation(summary = "Invitations, optionally by status (PENDING, ACCEPTED, REVOKED; sort: invitedAt, email, status)")
  public PageDto<InvitationDto> list(@QueryParam("status") String status, @BeanParam PageParams page) {
    return PageDto.of(
        invitations.list(
            Enums.optional("status", status, MemberInvitation.Status.class),
            page.toRequest(InvitationRepository.SORTABLE.keySet(), "-invitedAt")),
        InvitationDto::from);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Invite a person by e-mail: with an account they become a member at once (outcome MEMBER),"
          + " otherwise Keycloak e-mails them an invitation (outcome INVITED)")
  public Response invite(NewInvitation invitation, @Context UriInfo uri) {
    InvitationOutcome outcome = invitations.invite(invitation);
    String location =
        outcome.membership().map(m -> "../members/" + m.id()).orElseGet(() -> outcome.invitation().orElseThrow().id());
    return Response.created(uri.getAbsolutePathBuilder().path(location).build().normalize())
        .entity(InvitationOutcomeDto.from(outcome))
        .build();
  }

  @GET
  @Path("{invitationId}")
  @Operation(summary = "One invitation")
  public Response get(@PathParam("invitationId") String invitationId) {
    MemberInvitation invitation = invitations.get(invitationId);
    return Response.ok(InvitationDto.from(invitation)).tag(EntityTags.of(invitation.version())).build();
  }

  @DELETE
  @Path("{invitationId}")
  @Operation(summary = "Revoke a pending invitation (needs If-Match)")
  public Response revoke(@PathParam("invitationId") String invitationId, @Context HttpHeaders headers) {
    invitations.revoke(invitationId, EntityTags.expectedVersion(headers));
    return Response.noContent().build();
  }
}
