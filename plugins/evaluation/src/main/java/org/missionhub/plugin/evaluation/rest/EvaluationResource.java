package org.missionhub.plugin.evaluation.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.QueryParam;
import java.util.HashMap;
import java.util.Map;
import java.time.LocalDate;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.api.plugin.Returns;
import org.missionhub.plugin.evaluation.export.IndicatorCsv;
import org.missionhub.plugin.evaluation.model.Actual;
import org.missionhub.plugin.evaluation.model.Board;
import org.missionhub.plugin.evaluation.model.Indicator;
import org.missionhub.plugin.evaluation.model.Plan;
import org.missionhub.plugin.evaluation.rest.EvaluationDtos.ActualDto;
import org.missionhub.plugin.evaluation.rest.EvaluationDtos.EvaluationDto;
import org.missionhub.plugin.evaluation.rest.EvaluationDtos.IndicatorDto;
import org.missionhub.plugin.evaluation.service.ActualService;
import org.missionhub.plugin.evaluation.service.EvaluationContext;
import org.missionhub.plugin.evaluation.service.Forms.ActualForm;
import org.missionhub.plugin.evaluation.service.Forms.ApprovalForm;
import org.missionhub.plugin.evaluation.service.Forms.PlanForm;
import org.missionhub.plugin.evaluation.service.Forms.IndicatorForm;
import org.missionhub.plugin.evaluation.service.Forms.VerificationForm;
import org.missionhub.plugin.evaluation.service.IndicatorService;
import org.missionhub.plugin.evaluation.service.PlanService;
import org.missionhub.plugin.support.rest.Revisions;

/**
 * {@code /api/v1/orgs/{slug}/missions/{missionId}/evaluation}: the mission's indicators with their progress
 * and reported values (the platform checked that the organisation takes part in the mission; another
 * organisation gets 404 before this runs). Changes name the revision they read in If-Match.
 */
@Produces(MediaType.APPLICATION_JSON)
public class EvaluationResource {

  private final MissionScope scope;
  private final IndicatorService indicators;
  private final ActualService actuals;
  private final PlanService plans;
  private final EvaluationContext context;

  public EvaluationResource(MissionScope scope, EvaluationContext context) {
    this.scope = scope;
    this.context = context;
    this.plans = new PlanService(scope, context);
    this.indicators = new IndicatorService(scope, context);
    this.actuals = new ActualService(scope, context);
  }

  /** Every indicator with its progress and values, and what the caller may do. */
  @GET
  public EvaluationDto evaluation() {
    return EvaluationDto.of(indicators.board(), scope, indicators.access());
  }

  @GET
  @Path("indicators/{id}")
  @Returns(IndicatorDto.class)
  public Response indicator(@PathParam("id") String id) {
    Board board = indicators.board();
    Indicator indicator = board.indicator(id).orElseThrow(() -> PluginProblem.notFound("Indicator"));
    return Response.ok(IndicatorDto.of(indicator, board, EvaluationDtos.organisations(scope), indicators.access())).tag(Revisions.tag(indicator.revision())).build();
  }

  @POST
  @Path("indicators")
  @Consumes(MediaType.APPLICATION_JSON)
  @Returns(value = IndicatorDto.class, status = 201)
  public Response addIndicator(IndicatorForm form, @Context UriInfo uri) {
    Indicator added = indicators.add(form == null ? empty() : form);
    return created(uri, added.id(), dto(added), added.revision());
  }

  @PUT
  @Path("indicators/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Returns(IndicatorDto.class)
  public Response updateIndicator(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, IndicatorForm form) {
    Indicator updated = indicators.update(id, Revisions.expected(ifMatch, "Changing an indicator"), form == null ? empty() : form);
    return Response.ok(dto(updated)).tag(Revisions.tag(updated.revision())).build();
  }

  @DELETE
  @Path("indicators/{id}")
  public Response deleteIndicator(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    indicators.delete(id, Revisions.expected(ifMatch, "Deleting an indicator"));
    return Response.noContent().build();
  }

  @GET
  @Path("indicators/{id}/actuals/{actualId}")
  @Returns(ActualDto.class)
  public Response actual(@PathParam("id") String id, @PathParam("actualId") String actualId) {
    Indicator indicator = indicators.get(id);
    Actual actual = actuals.get(id, actualId);
    return Response.ok(ActualDto.of(indicator, actual, EvaluationDtos.organisations(scope))).tag(Revisions.tag(actual.revision())).build();
  }

  @POST
  @Path("indicators/{id}/actuals")
  @Consumes(MediaType.APPLICATION_JSON)
  @Returns(value = ActualDto.class, status = 201)
  public Response report(@PathParam("id") String id, ActualForm form, @Context UriInfo uri) {
    Actual reported = actuals.report(id, form);
    return created(uri, reported.id(), ActualDto.of(indicators.get(id), reported, EvaluationDtos.organisations(scope)), reported.revision());
  }

  @PUT
  @Path("indicators/{id}/actuals/{actualId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Returns(ActualDto.class)
  public Response correct(@PathParam("id") String id, @PathParam("actualId") String actualId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ActualForm form) {
    Actual corrected = actuals.correct(id, actualId, Revisions.expected(ifMatch, "Correcting a reported value"), form);
    return Response.ok(ActualDto.of(indicators.get(id), corrected, EvaluationDtos.organisations(scope))).tag(Revisions.tag(corrected.revision())).build();
  }

  /** A leader verifies or disputes a value someone else reported. */
  @POST
  @Path("indicators/{id}/actuals/{actualId}/verification")
  @Consumes(MediaType.APPLICATION_JSON)
  @Returns(ActualDto.class)
  public Response verify(@PathParam("id") String id, @PathParam("actualId") String actualId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, VerificationForm form) {
    Actual verified = actuals.verify(id, actualId, Revisions.expected(ifMatch, "Verifying a reported value"), form);
    return Response.ok(ActualDto.of(indicators.get(id), verified, EvaluationDtos.organisations(scope))).tag(Revisions.tag(verified.revision())).build();
  }

  @DELETE
  @Path("indicators/{id}/actuals/{actualId}")
  public Response deleteActual(@PathParam("id") String id, @PathParam("actualId") String actualId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    actuals.delete(id, actualId, Revisions.expected(ifMatch, "Deleting a reported value"));
    return Response.noContent().build();
  }

  /** The theory of change. */
  @Path("theory")
  public TheoryResource theory() {
    return new TheoryResource(scope, context);
  }

  /** Indicators fed from a mission survey's figures. */
  @Path("feeds")
  public FeedResource feeds() {
    return new FeedResource(scope, context);
  }

  /** Reported values from a CSV file, with a dry run. */
  @Path("import")
  public ValueImportResource imports() {
    return new ValueImportResource(scope, context);
  }

  /** The learning log. */
  @Path("learning")
  public LearningResource learning() {
    return new LearningResource(scope, context);
  }

  /** The indicator data as tidy CSV: one row per indicator, period and disaggregation group. */
  @GET
  @Path("export")
  // JSON too: a wrong format is answered as a problem, whatever the client accepts
  @Produces({"text/csv", MediaType.APPLICATION_JSON})
  public Response export(@QueryParam("format") String format) {
    if (format != null && !format.isBlank() && !format.strip().equalsIgnoreCase("csv")) {
      throw PluginProblem.invalid("format", "must be csv");
    }
    Board board = indicators.board();
    Map<String, String> names = new HashMap<>();
    scope.organisations().forEach(o -> names.put(o.organisation().id().toString(), o.organisation().name()));
    StreamingOutput body = out -> IndicatorCsv.write(board, IndicatorCsv.names(names), out);
    return Response.ok(body, "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"" + fileName(scope, today()) + "\"")
        .build();
  }

  /** The file name of the indicator data of a mission on a day. */
  public static String fileName(MissionScope scope, LocalDate day) {
    return "indicators-" + scope.missionId().toString().substring(0, 8) + "-" + day + ".csv";
  }

  /** The M&E plan with its reporting schedule (an empty draft at revision 0 when the mission has none yet). */
  @GET
  @Path("plan")
  @Returns(PlanDto.class)
  public Response plan() {
    Plan plan = plans.plan();
    return Response.ok(PlanDto.of(plan, indicators.board(), today())).tag(Revisions.tag(plan.revision())).build();
  }

  /** Saves the plan whole; If-Match with the revision read (0 for a mission without a plan). */
  @PUT
  @Path("plan")
  @Consumes(MediaType.APPLICATION_JSON)
  @Returns(PlanDto.class)
  public Response savePlan(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, PlanForm form) {
    Plan saved = plans.save(Revisions.expected(ifMatch, "Saving the plan"), form);
    return Response.ok(PlanDto.of(saved, indicators.board(), today())).tag(Revisions.tag(saved.revision())).build();
  }

  /** A leader approves the plan: an adopted decision in the mission's decision log. */
  @POST
  @Path("plan/approval")
  @Consumes(MediaType.APPLICATION_JSON)
  @Returns(PlanDto.class)
  public Response approvePlan(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ApprovalForm form) {
    Plan approved = plans.approve(Revisions.expected(ifMatch, "Approving the plan"), form);
    return Response.ok(PlanDto.of(approved, indicators.board(), today())).tag(Revisions.tag(approved.revision())).build();
  }

  private LocalDate today() {
    return LocalDate.now(context.clock());
  }

  private IndicatorDto dto(Indicator indicator) {
    return IndicatorDto.of(indicator, indicators.board(), EvaluationDtos.organisations(scope), indicators.access());
  }

  private static IndicatorForm empty() {
    return new IndicatorForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  private static Response created(UriInfo uri, String id, Object entity, long revision) {
    return Response.created(uri.getAbsolutePathBuilder().path(id).build()).entity(entity).tag(Revisions.tag(revision)).build();
  }
}
