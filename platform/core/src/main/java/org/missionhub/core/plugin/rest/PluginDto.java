package org.missionhub.core.plugin.rest;

import java.util.List;
import java.util.Map;
import org.missionhub.api.plugin.PluginDependency;
import org.missionhub.api.plugin.PluginDescriptor;
import org.missionhub.core.plugin.LoadedPlugin;
import org.missionhub.core.plugin.PluginState;

/** A plugin as the platform administrator sees it: what it is, where it came from, whether it runs and why not. */
public record PluginDto(
    String id,
    Map<String, String> name,
    Map<String, String> description,
    String version,
    String apiVersions,
    List<RequirementDto> requires,
    String source,
    PluginState state,
    String problem) {

  /** A plugin this one requires. */
  public record RequirementDto(String pluginId, String versions) {
    static RequirementDto from(PluginDependency dependency) {
      return new RequirementDto(dependency.pluginId(), dependency.versions().toString());
    }
  }

  static PluginDto from(LoadedPlugin plugin) {
    PluginDescriptor d = plugin.descriptor().orElse(null);
    return new PluginDto(
        plugin.id(),
        d == null ? Map.of() : d.name().all(),
        d == null ? Map.of() : d.description().all(),
        d == null ? null : d.version().toString(),
        d == null ? null : d.apiVersions().toString(),
        d == null ? List.of() : d.requires().stream().map(RequirementDto::from).toList(),
        plugin.source(),
        plugin.state(),
        plugin.problem().orElse(null));
  }
}
