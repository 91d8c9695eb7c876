package org.missionhub.core.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The API's entry point, {@code GET /api/v1}: which version this is and where its description, health and
 * identity provider's discovery live. Needs no token (a client asks it before it has one) and touches neither
 * the database nor the identity provider, so it is also the floor that {@code infra/bench-api.sh} compares
 * every other endpoint with.
 */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "API")
public class ApiIndexResource {

  /** The API's version and its related documents, as paths on this server. */
  public record ApiIndex(String version, String openapi, String health, String me) {}

  private static final ApiIndex INDEX = new ApiIndex("1", "/openapi", "/health", "/api/v1/me");

  @GET
  @SecurityRequirements
  @Operation(summary = "The API's version and where its description and health checks are (no token needed)")
  public ApiIndex index() {
    return INDEX;
  }
}
