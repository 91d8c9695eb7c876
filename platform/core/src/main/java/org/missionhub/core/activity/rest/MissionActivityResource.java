package org.missionhub.core.activity.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.missionhub.core.activity.application.ActivityCursor;
import org.missionhub.core.activity.application.ActivityItem;
import org.missionhub.core.activity.application.MissionActivity;
import org.missionhub.core.web.OrganisationScopedResource;

/** A mission's activity across its organisations, newest first, paged by cursor. */
@Path("/v1/orgs/{slug}/missions/{missionId}/activity")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Activity")
public class MissionActivityResource extends OrganisationScopedResource {

  @Inject MissionActivity activity;

  @PathParam("missionId")
  String missionId;

  /** One change: who, when, what, on which item, which attributes (never their values). */
  public record ActivityDto(
      OffsetDateTime occurredAt, String organisationId, String actorSubject, String actorName, String action, String entityType, String entityId,
      List<String> attributes) {

    public static ActivityDto from(ActivityItem i) {
      return new ActivityDto(i.occurredAt(), i.organisationId(), i.actorSubject(), i.actorName(), i.action(), i.entityType(), i.entityId(), i.attributes());
    }
  }

  /** A page, and the cursor of the next ({@code before}) unless it is the last. */
  public record ActivityPageDto(List<ActivityDto> items, String next) {}

  @GET
  @Operation(summary = "What changed in the mission, by whom, across its organisations, newest first. Paged by cursor: pass a page's"
      + " next as before. size 1-100 (50); action filters like the audit log's (risk, risk.created)")
  public ActivityPageDto list(@QueryParam("before") String before, @QueryParam("size") @DefaultValue("50") String size, @QueryParam("action") String action) {
    int count;
    try {
      count = Integer.parseInt(size.strip());
    } catch (NumberFormatException e) {
      throw org.missionhub.core.shared.ApplicationException.invalid("size", "is a whole number from 1 to " + MissionActivity.MAX_PAGE);
    }
    MissionActivity.Page page = activity.list(missionId, ActivityCursor.parse(before), count,
        Optional.ofNullable(action).map(String::strip).filter(a -> !a.isEmpty()));
    return new ActivityPageDto(page.items().stream().map(ActivityDto::from).toList(), page.next().map(ActivityCursor::toString).orElse(null));
  }
}
