package org.missionhub.core.plugin.openapi;

import jakarta.enterprise.inject.spi.CDI;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.missionhub.api.plugin.MissionHubPlugin;
import org.missionhub.core.plugin.LoadedPlugin;
import org.missionhub.core.plugin.PluginRuntime;

/**
 * Adds the active plugins' endpoints to the OpenAPI document (registered as {@code mp.openapi.filter}). The
 * OpenAPI runtime creates the filter itself, so the plugins are looked up through CDI. A plugin whose
 * resource classes cannot be read is left out of the document and logged; the document is still served.
 */
public class PluginOpenApiFilter implements OASFilter {

  private static final Logger LOG = Logger.getLogger(PluginOpenApiFilter.class.getName());

  @Override
  public void filterOpenAPI(OpenAPI openApi) {
    PluginRuntime runtime = CDI.current().select(PluginRuntime.class).get();
    if (!runtime.isStarted()) {
      LOG.warning("The OpenAPI document was built before the plugins started: their endpoints are not in it");
      return;
    }
    for (LoadedPlugin plugin : runtime.active()) {
      MissionHubPlugin instance = plugin.plugin().orElseThrow();
      try {
        new PluginPaths(plugin.id(), openApi).add(instance.resourceClasses());
      } catch (RuntimeException | LinkageError e) {
        LOG.warning(() -> "Plugin " + plugin.id() + ": its endpoints could not be described in the OpenAPI document: " + e);
      }
    }
  }
}
