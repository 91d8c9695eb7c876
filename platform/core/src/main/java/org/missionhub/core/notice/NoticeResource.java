package org.missionhub.core.notice;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.missionhub.core.web.PageDto;
import org.missionhub.core.web.PageParams;

/** The caller's notices. */
@Path("/v1/me/notices")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me")
public class NoticeResource {

  @Inject NoticeService notices;

  /** JSON shape of a notice. */
  public record NoticeDto(String id, String kind, String message, String link, OffsetDateTime createdAt, OffsetDateTime readAt) {
    static NoticeDto from(Notice n) {
      return new NoticeDto(n.id(), n.kind(), n.message(), n.link().orElse(null), n.createdAt(), n.readAt());
    }
  }

  /** How many notices are unread. */
  public record UnreadDto(long unread) {}

  @GET
  @Operation(summary = "Your notices, newest first (unread=true for unread ones only)")
  public PageDto<NoticeDto> list(@QueryParam("unread") String unread, @BeanParam PageParams page) {
    return PageDto.of(notices.mine("true".equalsIgnoreCase(unread), page.toRequest(Set.of("createdAt"), "-createdAt")), NoticeDto::from);
  }

  @GET
  @Path("unread-count")
  @Operation(summary = "How many of your notices are unread")
  public UnreadDto unreadCount() {
    return new UnreadDto(notices.unreadCount());
  }

  @POST
  @Path("read")
  @Operation(summary = "Mark all your notices read; answers how many were unread")
  public UnreadDto markAllRead() {
    return new UnreadDto(notices.markAllRead());
  }

  @POST
  @Path("{noticeId}/read")
  @Operation(summary = "Mark a notice read")
  public NoticeDto markRead(@PathParam("noticeId") String noticeId) {
    return NoticeDto.from(notices.markRead(noticeId));
  }
}
