package org.missionhub.core.plugin.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.core.plugin.application.PluginScopes;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.web.OrganisationScopedResource;

/**
 * Where a plugin's mission endpoints live: {@code /api/v1/orgs/{slug}/missions/{missionId}/<pluginId>/...}.
 * The platform checks the organisation, the mission access and the plugin's enablement (404 otherwise),
 * then hands the rest of the path to the plugin's JAX-RS resource.
 */
@Path("/v1/orgs/{slug}/missions/{missionId}/{pluginId}")
@Tag(name = "Plugins")
public class MissionPluginMount extends OrganisationScopedResource {

  @Inject PluginScopes scopes;

  @Path("/")
  @Operation(summary = "A plugin's endpoints about one mission (404 unless the plugin is enabled in the organisation)")
  public Object plugin(@PathParam("missionId") String missionId, @PathParam("pluginId") String pluginId) {
    MissionScope scope = scopes.mission(pluginId, missionId);
    return scopes.active(pluginId).plugin().orElseThrow().missionResource(scope)
        .orElseThrow(() -> ApplicationException.notFound("Resource"));
  }
}
