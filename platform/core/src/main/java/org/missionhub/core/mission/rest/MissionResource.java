package org.missionhub.core.mission.rest;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.missionhub.core.web.OrganisationScopedResource;
import org.missionhub.api.mission.ChallengeArea;
import org.missionhub.api.mission.GovernanceMode;
import org.missionhub.api.mission.MissionPhase;
import org.missionhub.core.governance.domain.StartingRisks;
import org.missionhub.core.mission.application.MissionAccess;
import org.missionhub.core.mission.application.MissionService;
import org.missionhub.core.mission.domain.Charter;
import org.missionhub.core.mission.domain.Mission;
import org.missionhub.core.mission.persistence.MissionFilter;
import org.missionhub.core.mission.persistence.MissionRepository;
import org.missionhub.core.web.EntityTags;
import org.missionhub.core.web.Enums;
import org.missionhub.core.web.PageDto;
import org.missionhub.core.web.PageParams;

/** Missions an organisation leads or co-manages as an accepted partner. */
@Path("/v1/orgs/{slug}/missions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Missions")
public class MissionResource extends OrganisationScopedResource {

  @Inject MissionService missions;

  @GET
  @Operation(
      summary = "List missions (filters: phase, mode, challengeArea, q, relation=LEAD|PARTNER, includeArchived;"
              + " sort: title, createdAt, updatedAt, phase, startDate, endDate)")
  public PageDto<MissionSummaryDto> list(
      @QueryParam("phase") String phase,
      @QueryParam("mode") String mode,
      @QueryParam("challengeArea") String challengeArea,
      @QueryParam("q") String text,
      @QueryParam("relation") String relation,
      @QueryParam("includeArchived") String includeArchived,
      @BeanParam PageParams page) {
    MissionFilter filter =
        new MissionFilter(
            Enums.optional("phase", phase, MissionPhase.class),
            Enums.optional("mode", mode, GovernanceMode.class),
            Enums.optional("challengeArea", challengeArea, ChallengeArea.class),
            Optional.ofNullable(text).map(String::strip).filter(t -> !t.isEmpty()),
            Enums.optional("relation", relation, MissionFilter.Relation.class),
            "true".equalsIgnoreCase(includeArchived));
    return PageDto.of(
        missions.list(filter, page.toRequest(MissionRepository.SORTABLE.keySet(), "title")), MissionSummaryDto::from);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create a mission led by this organisation; the creator becomes its LEADER, and its risk register starts with four PROPOSED risks in the Accept-Language (en, fr or da)")
  public Response create(Charter charter, @Context UriInfo uri, @Context HttpHeaders headers) {
    // the starting risks proposed in its register are written in the caller's language (Accept-Language)
    Mission mission = missions.create(charter, StartingRisks.supported(headers.getAcceptableLanguages()));
    return Response.created(uri.getAbsolutePathBuilder().path(mission.id().toString()).build())
        .entity(MissionDto.from(missions.get(mission.id().toString())))
        .tag(EntityTags.of(mission.version()))
        .build();
  }

  @GET
  @Path("{missionId}")
  @Operation(summary = "One mission, with the caller's roles and permissions in it")
  public Response get(@PathParam("missionId") String missionId) {
    return ok(missions.get(missionId));
  }

  @PUT
  @Path("{missionId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Edit the mission charter (LEADER, COORDINATOR; needs If-Match). The phase changes only"
      + " through an adopted gate decision.")
  public Response update(@PathParam("missionId") String missionId, @Context HttpHeaders headers, Charter charter) {
    missions.updateCharter(missionId, EntityTags.expectedVersion(headers), charter);
    return ok(missions.get(missionId));
  }

  @DELETE
  @Path("{missionId}")
  @Operation(summary = "Archive the mission (LEADER of the lead organisation; needs If-Match). It stays readable.")
  public Response archive(@PathParam("missionId") String missionId, @Context HttpHeaders headers) {
    missions.archive(missionId, EntityTags.expectedVersion(headers));
    return ok(missions.get(missionId));
  }

  static Response ok(MissionAccess access) {
    return Response.ok(MissionDto.from(access)).tag(EntityTags.of(access.mission().version())).build();
  }
}
