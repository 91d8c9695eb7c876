package org.missionhub.core.discussion.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.missionhub.core.discussion.application.CommentService;
import org.missionhub.core.discussion.domain.Comment;
import org.missionhub.core.discussion.domain.CommentText;
import org.missionhub.core.shared.SafeMarkdown;
import org.missionhub.core.web.EntityTags;
import org.missionhub.core.web.OrganisationScopedResource;
import org.missionhub.core.web.PageDto;
import org.missionhub.core.web.PageParams;

/** A mission's discussion: comments on the mission and its decisions, risks and governance bodies, in threads. */
@Path("/v1/orgs/{slug}/missions/{missionId}/comments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Discussion")
public class CommentResource extends OrganisationScopedResource {

  @Inject CommentService comments;

  @PathParam("missionId")
  String missionId;

  /** Who may be mentioned: a subject and a name. */
  public record Mentionable(String subject, String name) {}

  /** A comment's earlier text. */
  public record Revision(String body, String bodyHtml, OffsetDateTime writtenAt) {}

  @GET
  @Operation(summary = "The comments on one item (item=MISSION, DECISION:<id>, RISK:<id>, GOVERNANCE_BODY:<id>), or without item every comment of the mission; oldest first (sort: createdAt)")
  public PageDto<CommentDto> list(@QueryParam("item") String item, @BeanParam PageParams page) {
    return PageDto.of(comments.list(missionId, Optional.ofNullable(item), page.toRequest(CommentService.SORTABLE.keySet(), "createdAt")), CommentDto::from);
  }

  @GET
  @Path("counts")
  @Operation(summary = "How many comments (not deleted) each item of the mission has, by item (MISSION, DECISION:<id>, ...)")
  public Map<String, Long> counts() {
    return comments.counts(missionId);
  }

  @GET
  @Path("mentionable")
  @Operation(summary = "The people who may be mentioned: those holding a role in the mission")
  public List<Mentionable> mentionable() {
    return comments.mentionable(missionId).stream().map(p -> new Mentionable(p.subject(), p.displayName())).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Post a comment in Markdown on an item (every mission role but OBSERVER), possibly answering one and mentioning people")
  public Response post(CommentText text, @Context UriInfo uri) {
    Comment comment = comments.post(missionId, text);
    return Response.created(uri.getAbsolutePathBuilder().path(comment.id()).build())
        .entity(CommentDto.from(comment))
        .tag(EntityTags.of(comment.version()))
        .build();
  }

  @GET
  @Path("{commentId}")
  @Operation(summary = "One comment")
  public Response get(@PathParam("commentId") String commentId) {
    return ok(comments.get(missionId, commentId));
  }

  @GET
  @Path("{commentId}/revisions")
  @Operation(summary = "A comment's earlier texts, oldest first (none once deleted or hidden)")
  public List<Revision> revisions(@PathParam("commentId") String commentId) {
    Comment comment = comments.get(missionId, commentId);
    return comment.isShown()
        ? comment.revisions().stream().map(r -> new Revision(r.body(), SafeMarkdown.html(r.body()), r.writtenAt())).toList()
        : List.of();
  }

  @PUT
  @Path("{commentId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Edit your own comment (needs If-Match); the earlier text is kept")
  public Response edit(@PathParam("commentId") String commentId, @Context HttpHeaders headers, CommentText text) {
    return ok(comments.edit(missionId, commentId, EntityTags.expectedVersion(headers), text));
  }

  @DELETE
  @Path("{commentId}")
  @Operation(summary = "Delete your own comment (needs If-Match): a tombstone stays in its thread")
  public Response delete(@PathParam("commentId") String commentId, @Context HttpHeaders headers) {
    comments.delete(missionId, commentId, EntityTags.expectedVersion(headers));
    return Response.noContent().build();
  }

  /** Why a moderator hides a comment: shown to everyone in its place. */
  public record Hiding(String reason) {}

  @POST
  @Path("{commentId}/hide")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Hide a comment as a LEADER or COORDINATOR, saying why ({\"reason\"}, shown in its place; needs If-Match; audited)")
  public Response hide(@PathParam("commentId") String commentId, @Context HttpHeaders headers, Hiding hiding) {
    return ok(comments.hide(missionId, commentId, EntityTags.expectedVersion(headers), hiding == null ? null : hiding.reason()));
  }

  @POST
  @Path("{commentId}/unhide")
  @Operation(summary = "Show a hidden comment again as a LEADER or COORDINATOR (needs If-Match)")
  public Response unhide(@PathParam("commentId") String commentId, @Context HttpHeaders headers) {
    return ok(comments.unhide(missionId, commentId, EntityTags.expectedVersion(headers)));
  }

  private static Response ok(Comment comment) {
    return Response.ok(CommentDto.from(comment)).tag(EntityTags.of(comment.version())).build();
  }
}
