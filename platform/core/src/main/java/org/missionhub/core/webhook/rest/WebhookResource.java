package org.missionhub.core.webhook.rest;

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
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.missionhub.core.web.EntityTags;
import org.missionhub.core.web.OrganisationScopedResource;
import org.missionhub.core.web.PageDto;
import org.missionhub.core.web.PageParams;
import org.missionhub.core.webhook.application.WebhookService;
import org.missionhub.core.webhook.domain.WebhookEndpoint;
import org.missionhub.core.webhook.rest.WebhookDtos.DeliveryDto;
import org.missionhub.core.webhook.rest.WebhookDtos.DeliveryLogDto;
import org.missionhub.core.webhook.rest.WebhookDtos.EndpointDto;
import org.missionhub.core.webhook.rest.WebhookDtos.EndpointRequest;

/** {@code /api/v1/orgs/{slug}/webhooks}: the organisation's webhook endpoints and their deliveries (ORG_ADMIN). */
@Path("/v1/orgs/{slug}/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks")
public class WebhookResource extends OrganisationScopedResource {

  @Inject WebhookService webhooks;

  @GET
  @Operation(summary = "The organisation's webhook endpoints, with their secrets")
  public List<EndpointDto> list() {
    return webhooks.list().stream().map(EndpointDto::from).toList();
  }

  @GET
  @Path("event-types")
  @Operation(summary = "The event types an endpoint can ask for: the platform's and the active plugins'")
  public List<String> eventTypes() {
    return webhooks.eventTypes();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Register an endpoint: {url, description, eventTypes}; answers it with its new signing secret (201)")
  public Response create(EndpointRequest request, @Context UriInfo uri) {
    WebhookEndpoint endpoint = webhooks.create(request == null ? null : request.toRecord());
    return Response.created(uri.getAbsolutePathBuilder().path(endpoint.id()).build())
        .entity(EndpointDto.from(endpoint)).tag(EntityTags.of(endpoint.version())).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
  }

  @GET
  @Path("{webhookId}")
  @Operation(summary = "An endpoint")
  public Response get(@PathParam("webhookId") String id) {
    return ok(webhooks.get(id));
  }

  @PUT
  @Path("{webhookId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change an endpoint: url, description, eventTypes, enabled (true enables it again); needs If-Match")
  public Response change(@PathParam("webhookId") String id, @Context HttpHeaders headers, EndpointRequest request) {
    return ok(webhooks.change(id, EntityTags.expectedVersion(headers), request == null ? null : request.toRecord()));
  }

  @POST
  @Path("{webhookId}/rotate-secret")
  @Operation(summary = "Give the endpoint a new signing secret (the old one stops at once); needs If-Match")
  public Response rotate(@PathParam("webhookId") String id, @Context HttpHeaders headers) {
    return ok(webhooks.rotateSecret(id, EntityTags.expectedVersion(headers)));
  }

  @DELETE
  @Path("{webhookId}")
  @Operation(summary = "Remove an endpoint and its delivery log; needs If-Match")
  public Response remove(@PathParam("webhookId") String id, @Context HttpHeaders headers) {
    webhooks.remove(id, EntityTags.expectedVersion(headers));
    return Response.noContent().build();
  }

  @GET
  @Path("{webhookId}/deliveries")
  @Operation(summary = "The endpoint's deliveries, newest first: status, attempts, the last status code or error")
  public PageDto<DeliveryDto> deliveries(@PathParam("webhookId") String id, @BeanParam PageParams page) {
    return PageDto.of(webhooks.deliveries(id, page.toRequest(Set.of("createdAt"), "-createdAt")), DeliveryDto::from);
  }

  @GET
  @Path("{webhookId}/deliveries/{deliveryId}")
  @Operation(summary = "A delivery with its payload and every attempt")
  public DeliveryLogDto delivery(@PathParam("webhookId") String id, @PathParam("deliveryId") String deliveryId) {
    return DeliveryLogDto.from(webhooks.delivery(id, deliveryId));
  }

  @POST
  @Path("{webhookId}/deliveries/{deliveryId}/redeliver")
  @Operation(summary = "Send a delivery again under its message id, with a new round of attempts (409 while it is still attempted)")
  public DeliveryDto redeliver(@PathParam("webhookId") String id, @PathParam("deliveryId") String deliveryId) {
    return DeliveryDto.from(webhooks.redeliver(id, deliveryId));
  }

  private static Response ok(WebhookEndpoint endpoint) {
    return Response.ok(EndpointDto.from(endpoint)).tag(EntityTags.of(endpoint.version())).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
  }
}
