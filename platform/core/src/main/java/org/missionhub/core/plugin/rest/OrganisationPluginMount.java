package org.missionhub.core.plugin.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.missionhub.api.plugin.OrganisationScope;
import org.missionhub.core.plugin.application.PluginScopes;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.web.OrganisationScopedResource;

/** Where a plugin's organisation endpoints live: {@code /api/v1/orgs/{slug}/<pluginId>/...}. */
@Path("/v1/orgs/{slug}/{pluginId}")
@Tag(name = "Plugins")
public class OrganisationPluginMount extends OrganisationScopedResource {

  @Inject PluginScopes scopes;

  @Path("/")
  @Operation(summary = "A plugin's endpoints in the organisation (404 unless the plugin is enabled in it)")
  public Object plugin(@PathParam("pluginId") String pluginId) {
    OrganisationScope scope = scopes.organisation(pluginId);
    return scopes.active(pluginId).plugin().orElseThrow().organisationResource(scope)
        .orElseThrow(() -> ApplicationException.notFound("Resource"));
  }
}
