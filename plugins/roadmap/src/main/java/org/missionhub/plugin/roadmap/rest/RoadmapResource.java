package org.missionhub.plugin.roadmap.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.api.plugin.Returns;
import org.missionhub.plugin.roadmap.export.RoadmapFiles;
import org.missionhub.plugin.roadmap.export.RoadmapTable;
import org.missionhub.plugin.roadmap.model.Balance;
import org.missionhub.plugin.roadmap.model.Dependency;
import org.missionhub.plugin.roadmap.model.Initiative;
import org.missionhub.plugin.roadmap.model.Milestone;
import org.missionhub.plugin.roadmap.model.Objective;
import org.missionhub.plugin.roadmap.model.Portfolio;
import org.missionhub.plugin.roadmap.model.Review;
import org.missionhub.plugin.roadmap.model.ReviewVerdict;
import org.missionhub.plugin.roadmap.rest.RoadmapDtos.DependencyDto;
import org.missionhub.plugin.roadmap.rest.RoadmapDtos.InitiativeDto;
import org.missionhub.plugin.roadmap.rest.RoadmapDtos.MilestoneDto;
import org.missionhub.plugin.roadmap.rest.RoadmapDtos.ObjectiveDto;
import org.missionhub.plugin.roadmap.rest.RoadmapDtos.PortfolioDto;
import org.missionhub.plugin.roadmap.rest.RoadmapDtos.RagChangeDto;
import org.missionhub.plugin.roadmap.service.Forms.DependencyForm;
import org.missionhub.plugin.roadmap.service.Forms.InitiativeForm;
import org.missionhub.plugin.roadmap.service.Forms.MilestoneForm;
import org.missionhub.plugin.roadmap.service.Forms.ObjectiveForm;
import org.missionhub.plugin.roadmap.service.InitiativeService;
import org.missionhub.plugin.roadmap.service.MilestoneService;
import org.missionhub.plugin.roadmap.service.MissionMembers;
import org.missionhub.plugin.roadmap.service.RoadmapContext;
import org.missionhub.plugin.roadmap.service.ReviewService;
import org.missionhub.plugin.roadmap.service.RoadmapService;
import org.missionhub.plugin.support.rest.Revisions;

/**
 * {@code /api/v1/orgs/{slug}/missions/{missionId}/roadmap}: the mission's roadmap (the platform checked that
 * the organisation takes part in the mission; another organisation gets 404 before this runs). Changes name
 * the revision they read in If-Match.
 */
@Produces(MediaType.APPLICATION_JSON)
public class RoadmapResource {

  private final MissionScope scope;
  private final RoadmapService roadmap;
  private final InitiativeService initiatives;
  private final MilestoneService milestones;
  private final ReviewService reviews;

  private final RoadmapContext context;

  public RoadmapResource(MissionScope scope, RoadmapContext context) {
    this.scope = scope;
    this.context = context;
    this.roadmap = new RoadmapService(scope, context);
    this.initiatives = new InitiativeService(scope, context);
    this.milestones = new MilestoneService(scope, context);
    this.reviews = new ReviewService(scope, context);
  }

  /** Everything of the roadmap at once, with broken dependencies and each initiative's next milestone. */
  @GET
  public PortfolioDto portfolio() {
    return PortfolioDto.of(roadmap.portfolio(), new MissionMembers(scope), roadmap.access().manages());
  }

  @GET
  @Path("objectives/{id}")
  @Returns(ObjectiveDto.class)
  public Response objective(@PathParam("id") String id) {
    Objective objective = roadmap.portfolio().objective(id).orElseThrow(() -> PluginProblem.notFound("Objective"));
    return Response.ok(ObjectiveDto.of(objective)).tag(Revisions.tag(objective.revision())).build();
  }

  /** The portfolio's balance over horizons, by objective and by owner, with warnings of gaps. */
  @GET
  @Path("balance")
  public BalanceDto balance() {
    Portfolio portfolio = roadmap.portfolio();
    return BalanceDto.of(Balance.of(portfolio), portfolio, new MissionMembers(scope));
  }

  /**
   * The roadmap as a file: {@code format=csv} (one table: {@code table=initiatives}, the default, or
   * objectives, milestones, dependencies) or {@code format=xlsx} (a sheet each). The initiatives and
   * milestones files are what the import reads.
   */
  @GET
  @Path("export")
  // JSON too: a wrong format is answered as a problem, whatever the client accepts
  @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaType.APPLICATION_JSON})
  public Response export(@QueryParam("format") String format, @QueryParam("table") String table) {
    String kind = format == null || format.isBlank() ? "csv" : format.strip().toLowerCase(java.util.Locale.ROOT);
    if (!kind.equals("csv") && !kind.equals("xlsx")) {
      throw PluginProblem.invalid("format", "must be csv or xlsx");
    }
    String tableName = table == null || table.isBlank() ? "initiatives" : table.strip().toLowerCase(java.util.Locale.ROOT);
    if (!List.of("objectives", "initiatives", "milestones", "dependencies").contains(tableName)) {
      throw PluginProblem.invalid("table", "must be objectives, initiatives, milestones or dependencies");
    }
    Portfolio portfolio = roadmap.portfolio();
    java.util.Map<String, String> names = new java.util.HashMap<>();
    scope.organisations().forEach(o -> names.put(o.organisation().id().toString(), o.organisation().name()));
    List<RoadmapTable> tables = RoadmapTable.of(portfolio, names);
    String file = "roadmap-" + scope.missionId().toString().substring(0, 8) + (kind.equals("csv") ? "-" + tableName : "") + "-"
        + java.time.LocalDate.now(java.time.ZoneOffset.UTC) + "." + kind;
    StreamingOutput body = kind.equals("csv")
        ? out -> RoadmapFiles.csv(RoadmapTable.named(tables, tableName), out)
        : out -> RoadmapFiles.xlsx(tables, out);
    return Response.ok(body, kind.equals("csv") ? "text/csv; charset=UTF-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
        .build();
  }

  /** Baselines of the portfolio and comparisons with today. */
  @Path("baselines")
  public BaselineResource baselines() {
    return new BaselineResource(scope, context);
  }

  /** CSV import of initiatives or milestones, with a dry run. */
  @Path("import")
  public RoadmapImportResource imports() {
    return new RoadmapImportResource(scope, context);
  }

  @POST
  @Path("objectives")
  @Consumes(MediaType.APPLICATION_JSON)
  @Returns(value = ObjectiveDto.class, status = 201)
  public Response addObjective(ObjectiveForm form, @Context UriInfo uri) {
    Objective added = roadmap.addObjective(form);
    return created(uri, added.id(), ObjectiveDto.of(added), added.revision());
  }

  @PUT
  @Path("objectives/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Returns(ObjectiveDto.class)
  public Response updateObjective(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ObjectiveForm form) {
    Objective updated = roadmap.updateObjective(id, Revisions.expected(ifMatch, "Changing an objective"), form);
    return Response.ok(ObjectiveDto.of(updated)).tag(Revisions.tag(updated.revision())).build();
  }

  @DELETE
  @Path("objectives/{id}")
  public Response deleteObjective(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    roadmap.deleteObjective(id, Revisions.expected(ifMatch, "Deleting an objective"));
    return Response.noContent().build();
  }

  @GET
  @Path("initiatives/{id}")
  @Returns(InitiativeDto.class)
  public Response initiative(@PathParam("id") String id) {
    Initiative initiative = initiatives.get(id);
    return Response.ok(InitiativeDto.of(initiative, roadmap.portfolio(), new MissionMembers(scope))).tag(Revisions.tag(initiative.revision())).build();
  }

  @GET
  @Path("initiatives/{id}/rag-history")
  public List<RagChangeDto> ragHistory(@PathParam("id") String id) {
    return initiatives.ragHistory(id).stream().map(RagChangeDto::of).toList();
  }

  @POST
  @Path("initiatives")
  @Consumes(MediaType.APPLICATION_JSON)
  @Returns(value = InitiativeDto.class, status = 201)
  public Response addInitiative(InitiativeForm form, @Context UriInfo uri) {
    Initiative added = initiatives.add(form);
    return created(uri, added.id(), InitiativeDto.of(added, null, new MissionMembers(scope)), added.revision());
  }

  @PUT
  @Path("initiatives/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Returns(InitiativeDto.class)
  public Response updateInitiative(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, InitiativeForm form) {
    Initiative updated = initiatives.update(id, Revisions.expected(ifMatch, "Changing an initiative"), form);
    return Response.ok(InitiativeDto.of(updated, null, new MissionMembers(scope))).tag(Revisions.tag(updated.revision())).build();
  }

  @DELETE
  @Path("initiatives/{id}")
  public Response deleteInitiative(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    initiatives.delete(id, Revisions.expected(ifMatch, "Deleting an initiative"));
    return Response.noContent().build();
  }

  @GET
  @Path("milestones/{id}")
  @Returns(MilestoneDto.class)
  public Response milestone(@PathParam("id") String id) {
    Milestone milestone = roadmap.portfolio().milestone(id).orElseThrow(() -> PluginProblem.notFound("Milestone"));
    return Response.ok(MilestoneDto.of(milestone, new MissionMembers(scope))).tag(Revisions.tag(milestone.revision())).build();
  }

  @POST
  @Path("milestones")
  @Consumes(MediaType.APPLICATION_JSON)
  @Returns(value = MilestoneDto.class, status = 201)
  public Response addMilestone(MilestoneForm form, @Context UriInfo uri) {
    Milestone added = milestones.add(form);
    return created(uri, added.id(), MilestoneDto.of(added, new MissionMembers(scope)), added.revision());
  }

  @PUT
  @Path("milestones/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Returns(MilestoneDto.class)
  public Response updateMilestone(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, MilestoneForm form) {
    Milestone updated = milestones.update(id, Revisions.expected(ifMatch, "Changing a milestone"), form);
    return Response.ok(MilestoneDto.of(updated, new MissionMembers(scope))).tag(Revisions.tag(updated.revision())).build();
  }

  @DELETE
  @Path("milestones/{id}")
  public Response deleteMilestone(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    milestones.delete(id, Revisions.expected(ifMatch, "Deleting a milestone"));
    return Response.noContent().build();
  }

  @GET
  @Path("dependencies/{id}")
  public DependencyDto dependency(@PathParam("id") String id) {
    Portfolio portfolio = roadmap.portfolio();
    Dependency dependency = portfolio.dependencies().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow(() -> PluginProblem.notFound("Dependency"));
    return DependencyDto.of(dependency, portfolio.brokenDependencies().contains(dependency));
  }

  @POST
  @Path("dependencies")
  @Consumes(MediaType.APPLICATION_JSON)
  @Returns(value = DependencyDto.class, status = 201)
  public Response addDependency(DependencyForm form, @Context UriInfo uri) {
    var added = roadmap.addDependency(form);
    boolean broken = roadmap.portfolio().brokenDependencies().stream().anyMatch(d -> d.id().equals(added.id()));
    return Response.created(uri.getAbsolutePathBuilder().path(added.id()).build()).entity(DependencyDto.of(added, broken)).build();
  }

  @DELETE
  @Path("dependencies/{id}")
  public Response deleteDependency(@PathParam("id") String id) {
    roadmap.deleteDependency(id);
    return Response.noContent().build();
  }

  @GET
  @Path("reviews")
  public ReviewDtos.ReviewsDto reviews() {
    return ReviewDtos.ReviewsDto.of(reviews.reviews());
  }

  @POST
  @Path("reviews")
  @Consumes(MediaType.APPLICATION_JSON)
  @Returns(value = ReviewDtos.ReviewDto.class, status = 201)
  public Response startReview(ReviewDtos.ReviewForm form, @Context UriInfo uri) {
    Review review = reviews.start(form == null ? null : form.title(), form == null ? null : form.heldOn());
    return created(uri, review.id(), ReviewDtos.ReviewDto.of(review), review.revision());
  }

  @GET
  @Path("reviews/{id}")
  @Returns(ReviewDtos.ReviewViewDto.class)
  public Response review(@PathParam("id") String id) {
    ReviewService.ReviewView view = reviews.review(id);
    return Response.ok(ReviewDtos.ReviewViewDto.of(view)).tag(Revisions.tag(view.review().revision())).build();
  }

  /** The review's verdict on one initiative; also a decision in the mission's decision log. */
  @POST
  @Path("reviews/{id}/verdicts")
  @Consumes(MediaType.APPLICATION_JSON)
  @Returns(value = ReviewDtos.VerdictDto.class, status = 201)
  public Response decide(@PathParam("id") String id, ReviewDtos.VerdictForm form, @Context UriInfo uri) {
    if (form == null || form.initiative() == null || form.initiative().isBlank()) {
      throw PluginProblem.invalid("initiative", "name the initiative the verdict is on");
    }
    ReviewVerdict verdict = reviews.decide(id, form.initiative(), form.verdict(), form.rationale());
    return Response.created(uri.getBaseUriBuilder().path(uri.getPath().replaceFirst("/verdicts$", "")).build()).entity(ReviewDtos.VerdictDto.of(verdict)).build();
  }

  @POST
  @Path("reviews/{id}/close")
  @Returns(ReviewDtos.ReviewDto.class)
  public Response closeReview(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    Review closed = reviews.close(id, Revisions.expected(ifMatch, "Closing a review"));
    return Response.ok(ReviewDtos.ReviewDto.of(closed)).tag(Revisions.tag(closed.revision())).build();
  }

  @PUT
  @Path("review-cadence")
  @Consumes(MediaType.APPLICATION_JSON)
  public ReviewDtos.CadenceForm cadence(ReviewDtos.CadenceForm form) {
    return new ReviewDtos.CadenceForm(reviews.cadence(form == null ? null : form.months()));
  }

  private static Response created(UriInfo uri, String id, Object entity, long revision) {
    return Response.created(uri.getAbsolutePathBuilder().path(id).build()).entity(entity).tag(Revisions.tag(revision)).build();
  }
}
