package org.missionhub.core.plugin.openapi;

import jakarta.enterprise.inject.spi.CDI;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.missionhub.api.plugin.MissionHubPlugin;
import org.missionhub.core.plugin.LoadedPlugin;
import org.missionhub.core.plugin.PluginRuntime;

/**
 * Adds the plugins' endpoints to the OpenAPI document (registered as {@code mp.openapi.filter}). The
 * OpenAPI runtime creates the filter itself, so the plugins are looked up through CDI; it builds the
 * document while the application starts, before the plugins do, so a plugin accepted by its descriptor is
 * described even if it then fails to start. A plugin whose
 * resource classes cannot be read is left out of the document and logged; the document is still served.
 */
public class PluginOpenApiFilter implements OASFilter {

  private static final Logger LOG = Logger.getLogger(PluginOpenApiFilter.class.getName());

  @Override
  public void filterOpenAPI(OpenAPI openApi) {
    PluginRuntime runtime = CDI.current().select(PluginRuntime.class).get();
    for (LoadedPlugin plugin : runtime.described()) {
      MissionHubPlugin instance = plugin.plugin().orElseThrow();
      try {
        new PluginPaths(plugin.id(), openApi).add(instance.resourceClasses());
      } catch (RuntimeException | LinkageError e) {
        LOG.warning(() -> "Plugin " + plugin.id() + ": its endpoints could not be described in the OpenAPI document: " + e);
      }
    }
  }
}
