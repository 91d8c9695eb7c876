package org.missionhub.core.onboarding.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.missionhub.core.onboarding.application.OnboardingService;
import org.missionhub.core.onboarding.application.Rejection;
import org.missionhub.core.onboarding.domain.OnboardingRequest;
import org.missionhub.core.web.EntityTags;
import org.missionhub.core.web.Enums;
import org.missionhub.core.web.PageDto;
import org.missionhub.core.web.PageParams;

/** Deciding onboarding requests (PLATFORM_ADMIN). */
@Path("/v1/platform/onboarding-requests")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Platform administration")
public class PlatformOnboardingResource {

  @Inject OnboardingService onboarding;

  @GET
  @Operation(summary = "Onboarding requests, newest first, optionally by status (PENDING, APPROVED, REJECTED)")
  public PageDto<OnboardingRequestDto> list(@QueryParam("status") String status, @BeanParam PageParams page) {
    return PageDto.of(
        onboarding.all(
            Enums.optional("status", status, OnboardingRequest.Status.class), page.toRequest(Set.of("requestedAt"), "-requestedAt")),
        OnboardingRequestDto::from);
  }

  @GET
  @Path("{requestId}")
  @Operation(summary = "One onboarding request")
  public Response get(@PathParam("requestId") String requestId) {
    return ok(onboarding.get(requestId));
  }

  @POST
  @Path("{requestId}/approve")
  @Operation(
      summary = "Approve (needs If-Match): creates the organisation in MissionHub and as a Keycloak Organization,"
          + " with the requester as ORG_ADMIN, and tells the requester")
  public Response approve(@PathParam("requestId") String requestId, @Context HttpHeaders headers) {
    return ok(onboarding.approve(requestId, EntityTags.expectedVersion(headers)));
  }

  @POST
  @Path("{requestId}/reject")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Reject with a reason the requester will read (needs If-Match)")
  public Response reject(@PathParam("requestId") String requestId, @Context HttpHeaders headers, Rejection rejection) {
    return ok(onboarding.reject(requestId, EntityTags.expectedVersion(headers), rejection));
  }

  private static Response ok(OnboardingRequest request) {
    return Response.ok(OnboardingRequestDto.from(request)).tag(EntityTags.of(request.version())).build();
  }
}
