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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.missionhub.core.web.OrganisationScopedResource;
import org.missionhub.core.discussion.application.CommentService;
import org.missionhub.core.discussion.domain.Comment;
import org.missionhub.core.discussion.domain.CommentText;
import org.missionhub.core.web.EntityTags;
import org.missionhub.core.web.PageDto;
import org.missionhub.core.web.PageParams;

/** A mission's discussion. */
@Path("/v1/orgs/{slug}/missions/{missionId}/comments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Discussion")
public class CommentResource extends OrganisationScopedResource {

  @Inject CommentService comments;

  @PathParam("missionId")
  String missionId;

  @GET
  @Operation(summary = "The mission's discussion, oldest first (sort: createdAt)")
  public PageDto<CommentDto> list(@BeanParam PageParams page) {
    return PageDto.of(comments.list(missionId, page.toRequest(CommentService.SORTABLE.keySet(), "createdAt")), CommentDto::from);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Post a comment (every mission role but OBSERVER)")
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

  @PUT
  @Path("{commentId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Edit your own comment (needs If-Match)")
  public Response edit(@PathParam("commentId") String commentId, @Context HttpHeaders headers, CommentText text) {
    return ok(comments.edit(missionId, commentId, EntityTags.expectedVersion(headers), text));
  }

  @DELETE
  @Path("{commentId}")
  @Operation(summary = "Delete your own comment, or moderate as LEADER or COORDINATOR (needs If-Match)")
  public Response delete(@PathParam("commentId") String commentId, @Context HttpHeaders headers) {
    comments.delete(missionId, commentId, EntityTags.expectedVersion(headers));
    return Response.noContent().build();
  }

  private static Response ok(Comment comment) {
    return Response.ok(CommentDto.from(comment)).tag(EntityTags.of(comment.version())).build();
  }
}
