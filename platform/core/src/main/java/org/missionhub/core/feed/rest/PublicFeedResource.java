package org.missionhub.core.feed.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.missionhub.core.feed.application.FeedReader;
import org.missionhub.core.feed.application.FeedSubscriptions;

/**
 * {@code GET /api/v1/feeds/{slug}/{secret}.{ext}}: a feed read by a calendar client, without a bearer token
 * (the one API path that needs none: {@link org.missionhub.core.security.CallerFilter}); the secret stands
 * for the person who subscribed, whose access {@link FeedReader} checks anew.
 */
@Path(PublicFeedResource.PATH)
@Tag(name = "Feeds")
public class PublicFeedResource {

  /** Relative to the API's root. */
  public static final String PATH = "/v1/feeds";

  @Inject FeedReader reader;

  @GET
  @Path("{slug}/{file}")
  @Operation(summary = "A feed by its secret address, as the subscriber sees it now (no token; 404 for anything wrong)")
  public Response read(@PathParam("slug") String slug, @PathParam("file") String file) {
    int dot = file.lastIndexOf('.');
    FeedReader.Document document = reader.read(slug, dot < 0 ? file : file.substring(0, dot));
    return Response.ok(document.body().getBytes(StandardCharsets.UTF_8), document.mediaType() + "; charset=utf-8")
        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + document.fileName() + "\"")
        // calendar clients poll; a shared cache must never keep a person's feed
        .header(HttpHeaders.CACHE_CONTROL, "private, max-age=300")
        .header("X-Robots-Tag", "noindex")
        .build();
  }

  /** The address of a new subscription's feed, under the API's base ({@code .../api}). */
  public static String address(UriBuilder base, String slug, FeedSubscriptions.Created created) {
    return base.path(PATH).path(slug).path(created.secret().value() + "." + created.feed().fileExtension()).build().toString();
  }
}
