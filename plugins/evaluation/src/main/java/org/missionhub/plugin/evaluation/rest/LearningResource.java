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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.api.plugin.Returns;
import org.missionhub.plugin.evaluation.model.Indicator;
import org.missionhub.plugin.evaluation.model.Lesson;
import org.missionhub.plugin.evaluation.service.EvaluationContext;
import org.missionhub.plugin.evaluation.service.Forms.LessonForm;
import org.missionhub.plugin.evaluation.service.IndicatorService;
import org.missionhub.plugin.evaluation.service.LessonService;
import org.missionhub.plugin.support.rest.Revisions;

/**
 * {@code .../evaluation/learning}: the mission's learning log, newest first ({@code ?indicator=YMH-1} for the
 * lessons about one indicator). Changes name the revision they read in If-Match.
 */
@Produces(MediaType.APPLICATION_JSON)
public class LearningResource {

  /** A lesson as the API answers it: the indicator by code, the decision by id and title. */
  public record LessonDto(
      String id, java.time.LocalDate recordedOn, String insight, String evidence, String evidenceUrl, String indicator, String implication, String decision,
      String decisionTitle, String author, String authorName, boolean canChange, long revision) {}

  private final MissionScope scope;
  private final LessonService lessons;
  private final IndicatorService indicators;

  public LearningResource(MissionScope scope, EvaluationContext context) {
    this.scope = scope;
    this.lessons = new LessonService(scope, context);
    this.indicators = new IndicatorService(scope, context);
  }

  /** What the next portfolio review should hear: the lessons since the last one, and when the next is due. */
  public record ForwardDto(java.time.LocalDate lastReview, java.time.LocalDate nextReview, List<LessonDto> lessons) {}

  @GET
  public List<LessonDto> list(@QueryParam("indicator") String indicator, @QueryParam("step") String step) {
    Map<String, String> codes = codes();
    Map<String, String> decisions = decisions();
    return lessons.list(indicator, step).stream().map(l -> dto(l, codes, decisions)).toList();
  }

  /** "Learning forward": the lessons recorded since the mission's last portfolio review (all, without one). */
  @GET
  @Path("forward")
  public ForwardDto forward() {
    LessonService.Forward forward = lessons.forward();
    Map<String, String> codes = codes();
    Map<String, String> decisions = decisions();
    return new ForwardDto(forward.calendar().lastHeld().orElse(null), forward.calendar().nextDue().orElse(null),
        forward.lessons().stream().map(l -> dto(l, codes, decisions)).toList());
  }

  @GET
  @Path("{id}")
  @Returns(LessonDto.class)
  public Response get(@PathParam("id") String id) {
    Lesson lesson = lessons.get(id);
    return Response.ok(dto(lesson, codes(), decisions())).tag(Revisions.tag(lesson.revision())).build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Returns(value = LessonDto.class, status = 201)
  public Response add(LessonForm form, @Context UriInfo uri) {
    Lesson added = lessons.add(form);
    return Response.created(uri.getAbsolutePathBuilder().path(added.id()).build()).entity(dto(added, codes(), decisions())).tag(Revisions.tag(added.revision())).build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Returns(LessonDto.class)
  public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, LessonForm form) {
    Lesson updated = lessons.update(id, Revisions.expected(ifMatch, "Changing a lesson"), form);
    return Response.ok(dto(updated, codes(), decisions())).tag(Revisions.tag(updated.revision())).build();
  }

  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    lessons.delete(id, Revisions.expected(ifMatch, "Deleting a lesson"));
    return Response.noContent().build();
  }

  private Map<String, String> codes() {
    return indicators.board().indicators().stream().collect(Collectors.toMap(Indicator::id, Indicator::code));
  }

  /** The decision log's titles by id, read once for a whole answer (each {@code scope.decisions()} is a query). */
  private Map<String, String> decisions() {
    return scope.decisions().stream().collect(Collectors.toMap(d -> d.id(), d -> d.title()));
  }

  private LessonDto dto(Lesson l, Map<String, String> codes, Map<String, String> decisions) {
    String decisionTitle = l.decisionId() == null ? null : decisions.get(l.decisionId());
    return new LessonDto(l.id(), l.recordedOn(), l.insight(), l.evidence(), l.evidenceUrl(), l.indicatorId() == null ? null : codes.get(l.indicatorId()), l.implication(),
        l.decisionId(), decisionTitle, l.authorSubject(), l.authorName(), lessons.access().mayChange(l), l.revision());
  }
}
