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
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.util.function.Function;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.api.plugin.Returns;
import org.missionhub.plugin.evaluation.diagram.TheoryLabels;
import org.missionhub.plugin.evaluation.diagram.TheorySvg;
import org.missionhub.plugin.evaluation.model.ChangeLink;
import org.missionhub.plugin.evaluation.model.ChangeNode;
import org.missionhub.plugin.evaluation.model.Indicator;
import org.missionhub.plugin.evaluation.model.RollUp;
import org.missionhub.plugin.evaluation.model.TheoryCheck;
import org.missionhub.plugin.evaluation.service.EvaluationContext;
import org.missionhub.plugin.evaluation.service.Forms.LinkForm;
import org.missionhub.plugin.evaluation.service.Forms.NodeForm;
import org.missionhub.plugin.evaluation.service.TheoryService;
import org.missionhub.plugin.roadmap.api.PortfolioInitiative;
import org.missionhub.plugin.support.rest.Revisions;

/**
 * {@code .../evaluation/theory}: the mission's theory of change with its checks and the progress rolled up
 * along it; {@code /diagram} draws it as SVG; {@code /steps} and {@code /links} change it (the mission's
 * leaders and coordinators). Changes name the revision they read in If-Match.
 */
@Produces(MediaType.APPLICATION_JSON)
public class TheoryResource {

  /** Where a step or the target stands: percent of the way (rolled up), indicators on and off track beneath it. */
  public record StandingDto(BigDecimal percent, int onTrack, int offTrack, int indicators) {
    static StandingDto from(RollUp.Standing s) {
      return new StandingDto(s.percent(), s.onTrack(), s.offTrack(), s.indicators());
    }
  }

  public record TargetDto(String statement, StandingDto progress) {}

  /** A step: an initiative's title and owner are the roadmap's; {@code leadsTo} holds step ids and "target". */
  public record StepDto(
      String id, String kind, String title, String description, String initiative, EvaluationDtos.OrganisationRef owner, List<String> indicators, List<String> leadsTo, StandingDto progress,
      long revision) {}

  public record LinkDto(String id, String from, String to, String assumptions, String evidence, long revision) {
    static LinkDto from(ChangeLink l) {
      return new LinkDto(l.id(), l.from(), l.to() == null ? TheoryService.TARGET : l.to(), l.assumptions(), l.evidence(), l.revision());
    }
  }

  /** {@code kind}: LEADS_NOWHERE, CONTRIBUTES_TO_NOTHING, INITIATIVE_GONE or TARGET_UNREACHED. */
  public record CheckDto(String kind, String step, String initiative, String message) {}

  public record TheoryDto(TargetDto target, List<StepDto> steps, List<LinkDto> links, List<CheckDto> checks, boolean canManage) {}

  private final MissionScope scope;
  private final TheoryService theory;

  public TheoryResource(MissionScope scope, EvaluationContext context) {
    this.scope = scope;
    this.theory = new TheoryService(scope, context);
  }

  @GET
  public TheoryDto get(@Context HttpHeaders headers) {
    TheoryService.View view = theory.view();
    TheoryLabels labels = TheoryLabels.of(locale(headers));
    Steps steps = new Steps(view);
    List<CheckDto> checks = view.checks().stream().map(c -> new CheckDto(c.kind().name(), c.nodeId(), c.initiativeId(), labels.check(c))).toList();
    return new TheoryDto(new TargetDto(scope.targetStatement().orElse(null), StandingDto.from(view.rollUp().target())), view.theory().nodes().stream().map(steps::dto).toList(),
        view.theory().links().stream().map(LinkDto::from).toList(), checks, theory.access().manages());
  }

  @GET
  @Path("steps/{id}")
  @Returns(StepDto.class)
  public Response step(@PathParam("id") String id) {
    TheoryService.View view = theory.view();
    ChangeNode node = view.theory().node(id).orElseThrow(() -> org.missionhub.api.plugin.PluginProblem.notFound("Step"));
    return Response.ok(new Steps(view).dto(node)).tag(Revisions.tag(node.revision())).build();
  }

  @GET
  @Path("links/{id}")
  @Returns(LinkDto.class)
  public Response link(@PathParam("id") String id) {
    ChangeLink link = theory.view().theory().link(id).orElseThrow(() -> org.missionhub.api.plugin.PluginProblem.notFound("Link"));
    return Response.ok(LinkDto.from(link)).tag(Revisions.tag(link.revision())).build();
  }

  /** Steps as the API answers them, the organisations and indicator codes read once per answer. */
  private final class Steps {
    private final TheoryService.View view;
    private final Map<String, String> codes;
    private final Map<String, EvaluationDtos.OrganisationRef> owners;

    Steps(TheoryService.View view) {
      this.view = view;
      Function<String, EvaluationDtos.OrganisationRef> organisations = EvaluationDtos.organisations(scope);
      this.codes = view.indicators().stream().collect(Collectors.toMap(Indicator::id, Indicator::code));
      this.owners = view.initiatives().stream().collect(Collectors.toMap(PortfolioInitiative::id, i -> organisations.apply(i.owner().toString())));
    }

    StepDto dto(ChangeNode n) {
      return new StepDto(n.id(), n.kind().name(), view.title(n), n.description(), n.initiativeId(), n.initiativeId() == null ? null : owners.get(n.initiativeId()),
          view.indicatorsOf(n.id()).stream().map(i -> codes.get(i.id())).toList(),
          view.theory().from(n.id()).stream().map(l -> l.to() == null ? TheoryService.TARGET : l.to()).toList(), StandingDto.from(view.rollUp().of(n.id())), n.revision());
    }
  }

  /** The diagram as SVG, in the language asked for (Accept-Language: en, fr or da). */
  @GET
  @Path("diagram")
  @Produces("image/svg+xml")
  @Returns(String.class)
  public Response diagram(@Context HttpHeaders headers) {
    TheoryService.View view = theory.view();
    String svg = TheorySvg.draw(view.theory(), TheoryLabels.of(locale(headers)).forDrawing(view.theory(), view::title, view.rollUp(), scope.targetStatement().orElse(null)));
    return Response.ok(svg, "image/svg+xml; charset=utf-8").header("Cache-Control", "no-store").build();
  }

  @POST
  @Path("steps")
  @Consumes(MediaType.APPLICATION_JSON)
  @Returns(value = StepDto.class, status = 201)
  public Response addStep(NodeForm form, @Context UriInfo uri) {
    ChangeNode added = theory.addNode(form);
    return Response.created(uri.getAbsolutePathBuilder().path(added.id()).build()).entity(new Steps(theory.view()).dto(added)).tag(Revisions.tag(added.revision())).build();
  }

  @PUT
  @Path("steps/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Returns(StepDto.class)
  public Response updateStep(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, NodeForm form) {
    ChangeNode updated = theory.updateNode(id, Revisions.expected(ifMatch, "Changing a step"), form);
    return Response.ok(new Steps(theory.view()).dto(updated)).tag(Revisions.tag(updated.revision())).build();
  }

  @DELETE
  @Path("steps/{id}")
  public Response deleteStep(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    theory.deleteNode(id, Revisions.expected(ifMatch, "Removing a step"));
    return Response.noContent().build();
  }

  @POST
  @Path("links")
  @Consumes(MediaType.APPLICATION_JSON)
  @Returns(value = LinkDto.class, status = 201)
  public Response addLink(LinkForm form, @Context UriInfo uri) {
    ChangeLink added = theory.addLink(form);
    return Response.created(uri.getAbsolutePathBuilder().path(added.id()).build()).entity(LinkDto.from(added)).tag(Revisions.tag(added.revision())).build();
  }

  @PUT
  @Path("links/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Returns(LinkDto.class)
  public Response updateLink(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, LinkForm form) {
    ChangeLink updated = theory.updateLink(id, Revisions.expected(ifMatch, "Changing a link"), form);
    return Response.ok(LinkDto.from(updated)).tag(Revisions.tag(updated.revision())).build();
  }

  @DELETE
  @Path("links/{id}")
  public Response deleteLink(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    theory.deleteLink(id, Revisions.expected(ifMatch, "Removing a link"));
    return Response.noContent().build();
  }

  private static Locale locale(HttpHeaders headers) {
    return headers == null || headers.getAcceptableLanguages().isEmpty() ? Locale.ENGLISH : headers.getAcceptableLanguages().get(0);
  }
}
