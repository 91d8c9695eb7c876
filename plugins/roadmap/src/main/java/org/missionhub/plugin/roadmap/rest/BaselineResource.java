package org.missionhub.plugin.roadmap.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.util.List;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.api.plugin.Returns;
import org.missionhub.plugin.roadmap.model.Baseline;
import org.missionhub.plugin.roadmap.model.BaselineChange;
import org.missionhub.plugin.roadmap.service.BaselineService;
import org.missionhub.plugin.roadmap.service.RoadmapContext;
import org.missionhub.plugin.support.rest.Revisions;

/**
 * {@code .../roadmap/baselines}: snapshots of the portfolio and what changed since each ({@code GET
 * baselines/{id}} answers the baseline with its changes: items added or removed, dates moved with the days,
 * statuses and RAG changed).
 */
@Produces(MediaType.APPLICATION_JSON)
public class BaselineResource {

  private final BaselineService baselines;

  public BaselineResource(MissionScope scope, RoadmapContext context) {
    this.baselines = new BaselineService(scope, context);
  }

  @GET
  public List<BaselineDto> list() {
    return baselines.list().stream().map(BaselineDto::of).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Returns(value = BaselineDto.class, status = 201)
  public Response take(BaselineForm form, @Context UriInfo uri) {
    Baseline taken = baselines.take(form == null ? null : form.name());
    return Response.created(uri.getAbsolutePathBuilder().path(taken.id()).build()).entity(BaselineDto.of(taken)).tag(Revisions.tag(taken.revision())).build();
  }

  @GET
  @Path("{id}")
  @Returns(ComparisonDto.class)
  public Response compare(@PathParam("id") String id) {
    BaselineService.Comparison comparison = baselines.compare(id);
    return Response.ok(new ComparisonDto(BaselineDto.of(comparison.baseline()), comparison.changes().stream().map(ChangeDto::of).toList()))
        .tag(Revisions.tag(comparison.baseline().revision()))
        .build();
  }

  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    baselines.delete(id, Revisions.expected(ifMatch, "Deleting a baseline"));
    return Response.noContent().build();
  }

  public record BaselineForm(String name) {}

  /** A baseline without its items; {@code items} is how many it kept. */
  public record BaselineDto(String id, String name, OffsetDateTime takenAt, String takenBy, int items) {

    static BaselineDto of(Baseline b) {
      return new BaselineDto(b.id(), b.name(), b.takenAt(), b.takenByName(), b.size());
    }
  }

  public record ChangeDto(String kind, String id, String title, String aspect, String before, String after, Long days) {

    static ChangeDto of(BaselineChange c) {
      return new ChangeDto(c.ref().kind().name(), c.ref().id(), c.title(), c.aspect().name(), c.before(), c.after(), c.days());
    }
  }

  public record ComparisonDto(BaselineDto baseline, List<ChangeDto> changes) {}
}
