package org.missionhub.core.plugin.application;

import jakarta.inject.Inject;
import java.util.List;
import org.missionhub.core.application.ApplicationService;
import org.missionhub.core.plugin.LoadedPlugin;
import org.missionhub.core.plugin.PluginRuntime;
import org.missionhub.core.security.PlatformRole;
import org.missionhub.core.security.RequestContext;

/** Every plugin the platform found, with its state and why it is not running: for platform administrators. */
@ApplicationService
public class PluginCatalogue {

  @Inject RequestContext request;
  @Inject PluginRuntime runtime;

  public List<LoadedPlugin> all() {
    request.requirePlatformRole(PlatformRole.PLATFORM_ADMIN);
    return runtime.all();
  }
}
