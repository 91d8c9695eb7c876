package org.missionhub.core.plugin.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.missionhub.api.plugin.PlatformScope;
import org.missionhub.core.plugin.application.PluginScopes;
import org.missionhub.core.shared.ApplicationException;

/**
 * Where a plugin's platform-level endpoints live: {@code /api/v1/platform/<pluginId>/...} (for example a
 * benchmark analyst's cross-organisation aggregates). The plugin checks the platform role it needs.
 */
@Path("/v1/platform/{pluginId}")
@Tag(name = "Plugins")
public class PlatformPluginMount {

  @Inject PluginScopes scopes;

  @Path("/")
  @Operation(summary = "A plugin's platform-level endpoints")
  public Object plugin(@PathParam("pluginId") String pluginId) {
    PlatformScope scope = scopes.platform(pluginId);
    return scopes.active(pluginId).plugin().orElseThrow().platformResource(scope)
        .orElseThrow(() -> ApplicationException.notFound("Resource"));
  }
}
