package org.missionhub.core.organisation.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
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
import org.missionhub.core.organisation.application.OrganisationProfile;
import org.missionhub.core.organisation.application.OrganisationProfileService;
import org.missionhub.core.organisation.domain.Organisation;
import org.missionhub.core.web.EntityTags;

/** The profile of an organisation the caller works in. */
@Path("/v1/orgs/{slug}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations")
public class OrganisationResource extends OrganisationScopedResource {

  @Inject OrganisationProfileService profiles;

  @GET
  @Operation(summary = "The organisation's profile")
  public Response get() {
    return ok(profiles.current());
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Edit the organisation's profile (ORG_ADMIN; needs If-Match)")
  public Response update(@Context HttpHeaders headers, OrganisationProfile profile) {
    return ok(profiles.update(EntityTags.expectedVersion(headers), profile));
  }

  private static Response ok(Organisation organisation) {
    return Response.ok(OrganisationDto.from(organisation)).tag(EntityTags.of(organisation.version())).build();
  }
}
