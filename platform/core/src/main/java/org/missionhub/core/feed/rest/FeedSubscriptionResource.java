package org.missionhub.core.feed.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.missionhub.core.feed.application.FeedSubscriptions;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.web.OrganisationScopedResource;

/**
 * {@code /api/v1/orgs/{slug}/feeds}: a person's secret feed addresses (a mission's calendar of milestones,
 * say). Subscribing answers the address once; revoking makes it answer 404.
 */
@Path("/v1/orgs/{slug}/feeds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Feeds")
public class FeedSubscriptionResource extends OrganisationScopedResource {

  @Inject FeedSubscriptions subscriptions;

  @GET
  @Operation(summary = "Your feed addresses that are not revoked (everyone's with all=true, ORG_ADMIN); never the secrets")
  public List<FeedSubscriptionDto> list(@QueryParam("all") boolean all) {
    return subscriptions.list(all).stream().map(s -> FeedSubscriptionDto.from(s, null)).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Subscribe to a plugin's feed: answers the secret address, once (201)")
  public Response subscribe(NewFeedSubscription request, @Context UriInfo uri) {
    if (request == null) {
      throw ApplicationException.invalid("plugin", "must be a plugin your organisation uses");
    }
    FeedSubscriptions.Created created = subscriptions.subscribe(request.plugin(), request.feed(), request.missionId());
    String url = PublicFeedResource.address(uri.getBaseUriBuilder(), slug, created);
    return Response.created(uri.getAbsolutePathBuilder().path(created.subscription().id()).build())
        .entity(FeedSubscriptionDto.from(created.subscription(), url))
        .header("Cache-Control", "no-store")
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One of your feed addresses (anyone's for an ORG_ADMIN), without its secret")
  public FeedSubscriptionDto get(@PathParam("id") String id) {
    return FeedSubscriptionDto.from(subscriptions.get(id), null);
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Revoke a feed address (yours; anyone's for an ORG_ADMIN): it answers 404 from now on")
  public Response revoke(@PathParam("id") String id) {
    subscriptions.revoke(id);
    return Response.noContent().build();
  }
}
