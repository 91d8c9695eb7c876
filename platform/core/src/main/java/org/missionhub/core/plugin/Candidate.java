package org.missionhub.core.plugin;

import java.util.Optional;
import org.missionhub.api.plugin.MissionHubPlugin;
import org.missionhub.api.plugin.PluginDescriptor;

/**
 * A plugin as found on the class path or in the drop-in directory, before resolution: its instance and
 * descriptor, or why it could not even be read.
 *
 * @param source where it came from (the application, or a jar file), for messages
 * @param name the plugin id if the descriptor was read, else the provider class
 */
record Candidate(
    String name, String source, ClassLoader loader, Optional<MissionHubPlugin> plugin, Optional<PluginDescriptor> descriptor, Optional<String> problem) {

  static Candidate of(MissionHubPlugin plugin, PluginDescriptor descriptor, String source, ClassLoader loader) {
    return new Candidate(descriptor.id(), source, loader, Optional.of(plugin), Optional.of(descriptor), Optional.empty());
  }

  static Candidate broken(String name, String source, String problem) {
    return new Candidate(name, source, null, Optional.empty(), Optional.empty(), Optional.of(problem));
  }

  String id() {
    return descriptor.map(PluginDescriptor::id).orElse(name);
  }
}
