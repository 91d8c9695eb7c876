package org.missionhub.core.organisation.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.missionhub.api.organisation.OrganisationStatus;
import org.missionhub.core.organisation.application.NewOrganisation;
import org.missionhub.core.organisation.application.PlatformOrganisationService;
import org.missionhub.core.organisation.application.StatusChange;
import org.missionhub.core.organisation.domain.Organisation;
import org.missionhub.core.organisation.persistence.OrganisationRepository;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.web.EntityTags;
import org.missionhub.core.web.Enums;
import org.missionhub.core.web.PageDto;
import org.missionhub.core.web.PageParams;

/**
 * Platform administration of organisations (PLATFORM_ADMIN only). The path parameter is not called
 * {@code slug} on purpose: these requests do not work inside the organisation they name.
 */
@Path("/v1/platform/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Platform administration")
public class PlatformOrganisationResource {

  @Inject PlatformOrganisationService platform;

  @GET
  @Operation(summary = "List organisations, optionally by status and by text in the name or slug (q) (sort: name, slug, createdAt, status)")
  public PageDto<OrganisationDto> list(@QueryParam("status") String status, @QueryParam("q") String text, @BeanParam PageParams page) {
    Optional<OrganisationStatus> filter = Enums.optional("status", status, OrganisationStatus.class);
    if (text != null && text.length() > 200) {
      throw ApplicationException.invalid("q", "must be at most 200 characters");
    }
    return PageDto.of(
        platform.list(filter, Optional.ofNullable(text), page.toRequest(OrganisationRepository.SORTABLE.keySet(), "name")), OrganisationDto::from);
  }

  @GET
  @Path("{organisation}")
  @Operation(summary = "One organisation")
  public Response get(@PathParam("organisation") String organisation) {
    return ok(platform.get(organisation));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create an active organisation with its first ORG_ADMIN")
  public Response create(NewOrganisation command, @Context UriInfo uri) {
    Organisation organisation = platform.create(command);
    return Response.created(uri.getAbsolutePathBuilder().path(organisation.slug()).build())
        .entity(OrganisationDto.from(organisation))
        .tag(EntityTags.of(organisation.version()))
        .build();
  }

  @PUT
  @Path("{organisation}/status")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Approve, suspend or reactivate an organisation (needs If-Match)")
  public Response changeStatus(
      @PathParam("organisation") String organisation, @Context HttpHeaders headers, StatusChange change) {
    return ok(platform.changeStatus(organisation, EntityTags.expectedVersion(headers), change));
  }

  private static Response ok(Organisation organisation) {
    return Response.ok(OrganisationDto.from(organisation)).tag(EntityTags.of(organisation.version())).build();
  }
}
