package org.missionhub.core.activity.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.missionhub.core.activity.application.ActivityCursor;
import org.missionhub.core.activity.application.MissionActivity;
import org.missionhub.core.activity.application.OrganisationActivity;
import org.missionhub.core.activity.rest.MissionActivityResource.ActivityDto;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.web.OrganisationScopedResource;

/** The organisation's activity: every change in the missions it leads or takes part in, newest first, paged by cursor. */
@Path("/v1/orgs/{slug}/activity")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Activity")
public class OrganisationActivityResource extends OrganisationScopedResource {

  @Inject OrganisationActivity activity;

  /** One change and the mission it was in. */
  public record EntryDto(String missionId, String missionTitle, ActivityDto change) {}

  /** A page, and the cursor of the next ({@code before}) unless it is the last. */
  public record EntryPageDto(List<EntryDto> items, String next) {}

  @GET
  @Operation(summary = "What changed in the organisation's missions (led or partnered), by whom, across their organisations, newest first."
      + " Paged by cursor: pass a page's next as before. size 1-100 (50); action filters like the audit log's (risk, risk.created); mission one mission's id")
  public EntryPageDto list(@QueryParam("before") String before, @QueryParam("size") @DefaultValue("50") String size, @QueryParam("action") String action,
      @QueryParam("mission") String mission) {
    int count;
    try {
      count = Integer.parseInt(size.strip());
    } catch (NumberFormatException e) {
      throw ApplicationException.invalid("size", "is a whole number from 1 to " + MissionActivity.MAX_PAGE);
    }
    OrganisationActivity.Page page = activity.list(ActivityCursor.parse(before), count, present(action), present(mission));
    return new EntryPageDto(page.entries().stream().map(e -> new EntryDto(e.missionId(), e.missionTitle(), ActivityDto.from(e.item()))).toList(),
        page.next().map(ActivityCursor::toString).orElse(null));
  }

  private static Optional<String> present(String value) {
    return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
  }
}
