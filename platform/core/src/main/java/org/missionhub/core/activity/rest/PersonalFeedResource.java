package org.missionhub.core.activity.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.missionhub.core.activity.application.PersonalFeed;
import org.missionhub.core.activity.rest.MissionActivityResource.ActivityDto;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.web.OrganisationScopedResource;

/**
 * {@code /api/v1/orgs/{slug}/me/feed}: the caller's own feed in the organisation: {@code recent} (what others
 * changed in their missions since their last visit), {@code mentions}, {@code assigned} (their roles and the
 * decisions awaiting their adoption).
 */
@Path("/v1/orgs/{slug}/me/feed")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Activity")
public class PersonalFeedResource extends OrganisationScopedResource {

  @Inject PersonalFeed feed;

  /** A change in one of the caller's missions. */
  public record ChangeDto(String missionId, String missionTitle, ActivityDto change) {}

  /** What changed since a moment. */
  public record RecentDto(OffsetDateTime since, List<ChangeDto> changes) {}

  /** A comment mentioning the caller: where, by whom, the start of its text. */
  public record MentionDto(String missionId, String missionTitle, String commentId, String item, String authorName, String excerpt, OffsetDateTime createdAt) {}

  /** A role the caller holds. */
  public record RoleDto(String missionId, String missionTitle, String role, OffsetDateTime assignedAt) {}

  /** A decision waiting for the caller to adopt or reject it. */
  public record DecisionDto(String missionId, String missionTitle, String decisionId, String title, OffsetDateTime proposedAt) {}

  /** What is assigned to the caller. */
  public record AssignedDto(List<RoleDto> roles, List<DecisionDto> awaitingAdoption) {}

  @GET
  @Path("recent")
  @Operation(summary = "What others changed in your missions since your last visit (or since=YYYY-MM-DD or an ISO time), newest first")
  public RecentDto recent(@QueryParam("since") String since) {
    PersonalFeed.Recent recent = feed.sinceLastVisit(parse(since));
    return new RecentDto(recent.since(), recent.changes().stream()
        .map(c -> new ChangeDto(c.missionId().toString(), c.missionTitle(), ActivityDto.from(c.item()))).toList());
  }

  @GET
  @Path("mentions")
  @Operation(summary = "Comments that mention you, newest first")
  public List<MentionDto> mentions() {
    return feed.mentions().stream().map(m -> new MentionDto(m.comment().mission().id().toString(), m.missionTitle(), m.comment().id(),
        m.comment().item().key(), m.comment().author().displayName(), excerpt(m.comment().body()), m.comment().createdAt())).toList();
  }

  @GET
  @Path("assigned")
  @Operation(summary = "Your mission roles here, and the proposed decisions awaiting your adoption")
  public AssignedDto assigned() {
    PersonalFeed.Assigned assigned = feed.assigned();
    return new AssignedDto(
        assigned.roles().stream().map(r -> new RoleDto(r.mission().id().toString(), r.mission().title(), r.role().name(), r.assignedAt())).toList(),
        assigned.awaitingAdoption().stream().map(d -> new DecisionDto(d.mission().id().toString(), d.mission().title(), d.id(), d.title(), d.createdAt())).toList());
  }

  @POST
  @Path("visit")
  @Operation(summary = "Note that you are here (a visit ends after half an hour away); 204")
  public Response visit() {
    feed.seen();
    return Response.noContent().build();
  }

  private static Optional<OffsetDateTime> parse(String since) {
    if (since == null || since.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(since.length() == 10 ? LocalDate.parse(since).atStartOfDay().atOffset(java.time.ZoneOffset.UTC) : OffsetDateTime.parse(since));
    } catch (DateTimeParseException e) {
      throw ApplicationException.invalid("since", "is a date (2026-12-01) or a time with its offset (2026-12-01T08:00:00Z)");
    }
  }

  private static String excerpt(String body) {
    return body.length() <= 200 ? body : body.substring(0, 199) + "…";
  }
}
