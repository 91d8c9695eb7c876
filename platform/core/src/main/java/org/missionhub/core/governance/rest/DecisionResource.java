package org.missionhub.core.governance.rest;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.missionhub.core.web.OrganisationScopedResource;
import org.missionhub.api.governance.DecisionStatus;
import org.missionhub.core.governance.application.DecisionService;
import org.missionhub.core.governance.domain.Decision;
import org.missionhub.core.governance.domain.DecisionRecord;
import org.missionhub.core.governance.persistence.GovernanceRepository;
import org.missionhub.core.web.EntityTags;
import org.missionhub.core.web.Enums;
import org.missionhub.core.web.PageDto;
import org.missionhub.core.web.PageParams;

/** A mission's decision log, including the gate decisions that change its phase. */
@Path("/v1/orgs/{slug}/missions/{missionId}/decisions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Decisions")
public class DecisionResource extends OrganisationScopedResource {

  @Inject DecisionService decisions;

  @PathParam("missionId")
  String missionId;

  @GET
  @Operation(summary = "The decision log (filter: status; sort: decidedOn, createdAt, title, status)")
  public PageDto<DecisionDto> list(@QueryParam("status") String status, @BeanParam PageParams page) {
    return PageDto.of(
        decisions.list(
            missionId,
            Enums.optional("status", status, DecisionStatus.class),
            page.toRequest(GovernanceRepository.DECISION_SORTABLE.keySet(), "-createdAt")),
        DecisionDto::from);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Record a decision. PROPOSED needs a contributor role; ADOPTED or REJECTED needs LEADER or"
          + " COORDINATOR; an ADOPTED decision with phaseTo (a gate decision) needs LEADER and moves the mission"
          + " to that phase in the same transaction.")
  public Response record(DecisionRecord record, @Context UriInfo uri) {
    Decision decision = decisions.record(missionId, record);
    return Response.created(uri.getAbsolutePathBuilder().path(decision.id()).build())
        .entity(DecisionDto.from(decision))
        .tag(EntityTags.of(decision.version()))
        .build();
  }

  @GET
  @Path("{decisionId}")
  @Operation(summary = "One decision")
  public Response get(@PathParam("decisionId") String decisionId) {
    return ok(decisions.get(missionId, decisionId));
  }

  @PUT
  @Path("{decisionId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Edit a proposal or change a decision's status (needs If-Match). Adopted decisions can only"
          + " become SUPERSEDED; rejected and superseded ones are final.")
  public Response revise(
      @PathParam("decisionId") String decisionId, @Context HttpHeaders headers, DecisionRecord record) {
    return ok(decisions.revise(missionId, decisionId, EntityTags.expectedVersion(headers), record));
  }

  @DELETE
  @Path("{decisionId}")
  @Operation(summary = "Delete a PROPOSED decision (needs If-Match)")
  public Response delete(@PathParam("decisionId") String decisionId, @Context HttpHeaders headers) {
    decisions.delete(missionId, decisionId, EntityTags.expectedVersion(headers));
    return Response.noContent().build();
  }

  private static Response ok(Decision decision) {
    return Response.ok(DecisionDto.from(decision)).tag(EntityTags.of(decision.version())).build();
  }
}
