package org.missionhub.plugin.evaluation.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.plugin.evaluation.feed.FeedChoice;
import org.missionhub.plugin.evaluation.feed.FeedSync;
import org.missionhub.plugin.evaluation.model.IndicatorFeed;
import org.missionhub.plugin.evaluation.service.EvaluationContext;
import org.missionhub.plugin.evaluation.service.FeedService;
import org.missionhub.plugin.evaluation.service.Forms.FeedForm;

/**
 * {@code .../evaluation/feeds}: indicators fed from a mission survey's published figures. {@code GET} lists
 * the feeds and the figures on offer (labelled in the {@code Accept-Language}); {@code PUT feeds/{indicatorId}}
 * chooses one and writes its values at once; {@code POST feeds/{indicatorId}/update} writes them again;
 * {@code DELETE} stops feeding (the values stay).
 */
@Produces(MediaType.APPLICATION_JSON)
public class FeedResource {

  private final FeedService feeds;

  public FeedResource(MissionScope scope, EvaluationContext context) {
    this.feeds = new FeedService(scope, context);
  }

  @GET
  public FeedsDto list(@Context HttpHeaders headers) {
    Locale locale = headers == null || headers.getAcceptableLanguages().isEmpty() ? Locale.ENGLISH : headers.getAcceptableLanguages().get(0);
    FeedService.Feeds all = feeds.list(locale);
    return new FeedsDto(all.available().stream().map(Enum::name).toList(), all.choices(), all.feeds().stream().map(FeedDto::of).toList());
  }

  @PUT
  @Path("{indicatorId}")
  @Consumes(MediaType.APPLICATION_JSON)
  public FeedSync.Outcome set(@PathParam("indicatorId") String indicatorId, FeedForm form) {
    return feeds.set(indicatorId, form);
  }

  @POST
  @Path("{indicatorId}/update")
  public FeedSync.Outcome update(@PathParam("indicatorId") String indicatorId) {
    return feeds.update(indicatorId);
  }

  @DELETE
  @Path("{indicatorId}")
  public Response remove(@PathParam("indicatorId") String indicatorId) {
    feeds.remove(indicatorId);
    return Response.noContent().build();
  }

  /** The kinds of feed available here, the figures on offer, and the indicators' feeds. */
  public record FeedsDto(List<String> available, List<FeedChoice> choices, List<FeedDto> feeds) {}

  /** An indicator's feed. */
  public record FeedDto(String indicator, String kind, String source, String question, String option) {

    static FeedDto of(IndicatorFeed f) {
      return new FeedDto(f.indicatorId(), f.kind().name(), f.source(), f.question(), f.option());
    }
  }
}
