package org.missionhub.core.organisation.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.missionhub.api.organisation.OrganisationType;
import org.missionhub.core.organisation.application.OrganisationDirectory;
import org.missionhub.core.web.Enums;
import org.missionhub.core.web.PageDto;
import org.missionhub.core.web.PageParams;

/** The directory of organisations on MissionHub, to find partners. */
@Path("/v1/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Directory")
public class DirectoryResource {

  @Inject OrganisationDirectory directory;

  @GET
  @Operation(summary = "Active organisations whose name or slug contains q, optionally of one type (sort: name, slug)")
  public PageDto<OrganisationRefDto> search(
      @QueryParam("q") String text, @QueryParam("type") String type, @BeanParam PageParams page) {
    return PageDto.of(
        directory.search(
            Optional.ofNullable(text),
            Enums.optional("type", type, OrganisationType.class),
            page.toRequest(Set.of("name", "slug"), "name")),
        OrganisationRefDto::from);
  }
}
