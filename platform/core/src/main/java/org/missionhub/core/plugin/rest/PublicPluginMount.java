package org.missionhub.core.plugin.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.missionhub.core.plugin.application.PluginScopes;
import org.missionhub.core.shared.ApplicationException;

/**
 * Where a plugin's public endpoints live: {@code /api/v1/public/<pluginId>/...}, read by anyone without a
 * token (the caller filter lets only {@code GET} and {@code HEAD} through here). A plugin that is not
 * active, or has nothing public, is "not found".
 */
@Path("/v1/public/{pluginId}")
@Tag(name = "Plugins")
public class PublicPluginMount {

  @Inject PluginScopes scopes;

  @Path("/")
  @Operation(summary = "A plugin's public endpoints (no token)")
  @SecurityRequirements
  public Object plugin(@PathParam("pluginId") String pluginId) {
    return scopes.active(pluginId).plugin().orElseThrow().publicResource(PluginScopes.publicScope(Optional.empty()))
        .orElseThrow(() -> ApplicationException.notFound("Resource"));
  }
}
