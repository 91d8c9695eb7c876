package org.missionhub.core.plugin.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.missionhub.core.plugin.LoadedPlugin;
import org.missionhub.core.plugin.PluginRuntime;
import org.missionhub.core.plugin.application.OrganisationPluginService;
import org.missionhub.core.plugin.application.PluginChange;
import org.missionhub.core.plugin.application.PluginScopes;
import org.missionhub.core.startup.CallerScope;
import org.missionhub.core.startup.DemoEvents;

/**
 * The product plugins the demo organisations switch on, and the data each adds to the demo missions
 * through the contract ({@code MissionHubPlugin.demoData}). A plugin that is not running is skipped; one
 * that fails is logged and the rest of the demo stays.
 */
@ApplicationScoped
public class DemoPlugins {

  /** Switched on in every demo organisation. */
  static final List<String> SWITCHED_ON = List.of("roadmap", "evaluation", "funding", "survey");

  private static final Logger LOG = Logger.getLogger(DemoPlugins.class.getName());

  @Inject CallerScope actor;
  @Inject PluginRuntime runtime;
  @Inject OrganisationPluginService plugins;
  @Inject PluginScopes scopes;

  void switchOn(@Observes DemoEvents.OrganisationReady ready) {
    for (String id : SWITCHED_ON) {
      if (runtime.activePlugin(id).isEmpty()) {
        continue;
      }
      try {
        actor.as(ready.admin(), ready.organisation(), () -> {
          plugins.change(id, plugins.get(id).version(), new PluginChange(true, null));
          return null;
        });
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Plugin " + id + " could not be switched on for demo organisation " + ready.organisation(), e);
      }
    }
  }

  /** The plugins' platform-level demo data, as the demo's benchmark analyst (contract 1.14.0). */
  void platform(@Observes DemoEvents.PlatformReady ready) {
    for (String id : SWITCHED_ON) {
      runtime.activePlugin(id).flatMap(LoadedPlugin::plugin).ifPresent(plugin -> {
        try {
          actor.as(ready.analyst(), null, () -> {
            plugin.platformDemoData(scopes.platform(id));
            return null;
          });
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "Plugin " + id + " could not add its platform demo data", e);
        }
      });
    }
  }

  void fill(@Observes DemoEvents.MissionReady ready) {
    for (String id : SWITCHED_ON) {
      runtime.activePlugin(id).flatMap(LoadedPlugin::plugin).ifPresent(plugin -> {
        try {
          actor.as(ready.leader(), ready.lead(), () -> {
            plugin.demoData(scopes.mission(id, ready.missionId()));
            return null;
          });
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "Plugin " + id + " could not add its demo data to mission " + ready.missionId(), e);
        }
      });
    }
  }
}
