package org.missionhub.core.onboarding.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.missionhub.core.onboarding.application.OnboardingService;
import org.missionhub.core.onboarding.domain.OnboardingApplication;
import org.missionhub.core.onboarding.domain.OnboardingRequest;
import org.missionhub.core.web.EntityTags;
import org.missionhub.core.web.PageDto;
import org.missionhub.core.web.PageParams;

/** Your requests to bring an organisation onto MissionHub. */
@Path("/v1/onboarding-requests")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Onboarding")
public class OnboardingResource {

  @Inject OnboardingService onboarding;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Ask for your organisation to be brought onto MissionHub (a platform administrator decides)")
  public Response request(OnboardingApplication application, @Context UriInfo uri) {
    OnboardingRequest created = onboarding.request(application);
    return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build())
        .entity(OnboardingRequestDto.from(created))
        .tag(EntityTags.of(created.version()))
        .build();
  }

  @GET
  @Operation(summary = "Your onboarding requests, newest first")
  public PageDto<OnboardingRequestDto> mine(@BeanParam PageParams page) {
    return PageDto.of(onboarding.mine(page.toRequest(Set.of("requestedAt"), "-requestedAt")), OnboardingRequestDto::from);
  }

  @GET
  @Path("{requestId}")
  @Operation(summary = "One of your onboarding requests")
  public Response get(@PathParam("requestId") String requestId) {
    OnboardingRequest found = onboarding.mine(requestId);
    return Response.ok(OnboardingRequestDto.from(found)).tag(EntityTags.of(found.version())).build();
  }
}
