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
import org.missionhub.api.governance.RiskCategory;
import org.missionhub.api.governance.RiskStatus;
import org.missionhub.core.governance.application.RiskMatrix;
import org.missionhub.core.governance.application.RiskService;
import org.missionhub.core.governance.domain.Risk;
import org.missionhub.core.governance.domain.RiskRecord;
import org.missionhub.core.governance.persistence.GovernanceRepository;
import org.missionhub.core.web.EntityTags;
import org.missionhub.core.web.Enums;
import org.missionhub.core.web.PageDto;
import org.missionhub.core.web.PageParams;

/** A mission's risk register. */
@Path("/v1/orgs/{slug}/missions/{missionId}/risks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Risks")
public class RiskResource extends OrganisationScopedResource {

  @Inject RiskService risks;

  @PathParam("missionId")
  String missionId;

  @GET
  @Operation(summary = "The risk register (filters: status, category; sort: score, title, likelihood, impact, createdAt, status)")
  public PageDto<RiskDto> list(
      @QueryParam("status") String status, @QueryParam("category") String category, @BeanParam PageParams page) {
    return PageDto.of(
        risks.list(
            missionId,
            Enums.optional("status", status, RiskStatus.class),
            Enums.optional("category", category, RiskCategory.class),
            page.toRequest(GovernanceRepository.RISK_SORTABLE.keySet(), "-score")),
        RiskDto::from);
  }

  @GET
  @Path("matrix")
  @Operation(summary = "Open and mitigating risks counted on the 5x5 likelihood / impact matrix")
  public RiskMatrix matrix() {
    return risks.matrix(missionId);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add a risk (LEADER, COORDINATOR, INITIATOR, IMPLEMENTER)")
  public Response add(RiskRecord record, @Context UriInfo uri) {
    Risk risk = risks.add(missionId, record);
    return Response.created(uri.getAbsolutePathBuilder().path(risk.id()).build())
        .entity(RiskDto.from(risk))
        .tag(EntityTags.of(risk.version()))
        .build();
  }

  @GET
  @Path("{riskId}")
  @Operation(summary = "One risk")
  public Response get(@PathParam("riskId") String riskId) {
    return ok(risks.get(missionId, riskId));
  }

  @PUT
  @Path("{riskId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Edit a risk (needs If-Match)")
  public Response revise(@PathParam("riskId") String riskId, @Context HttpHeaders headers, RiskRecord record) {
    return ok(risks.revise(missionId, riskId, EntityTags.expectedVersion(headers), record));
  }

  @POST
  @Path("{riskId}/accept")
  @Operation(summary = "Accept a PROPOSED starting risk into the register: it becomes OPEN (needs If-Match; 409 if not proposed). Dismiss one by deleting it")
  public Response accept(@PathParam("riskId") String riskId, @Context HttpHeaders headers) {
    return ok(risks.accept(missionId, riskId, EntityTags.expectedVersion(headers)));
  }

  @DELETE
  @Path("{riskId}")
  @Operation(summary = "Delete a risk, or dismiss a proposed one (needs If-Match)")
  public Response delete(@PathParam("riskId") String riskId, @Context HttpHeaders headers) {
    risks.delete(missionId, riskId, EntityTags.expectedVersion(headers));
    return Response.noContent().build();
  }

  private static Response ok(Risk risk) {
    return Response.ok(RiskDto.from(risk)).tag(EntityTags.of(risk.version())).build();
  }
}
