package org.missionhub.core.plugin.rest;

import java.util.List;
import java.util.Map;
import org.missionhub.api.plugin.SettingDefinition;
import org.missionhub.core.plugin.application.PluginChoice;

/**
 * A plugin as an organisation has it: enabled or not, its effective settings and the definitions a client
 * needs to edit them. As everywhere in the API, {@code version} is the ETag (of the organisation's choice);
 * the plugin's own version is {@code pluginVersion}.
 */
public record PluginChoiceDto(
    String id,
    Map<String, String> name,
    Map<String, String> description,
    String pluginVersion,
    List<PluginDto.RequirementDto> requires,
    boolean enabled,
    Map<String, String> settings,
    List<SettingDto> settingDefinitions,
    long version) {

  /** One setting's definition. */
  public record SettingDto(
      String key, Map<String, String> label, SettingDefinition.SettingType type, boolean required, String defaultValue, Integer min, Integer max, List<String> choices) {
    static SettingDto from(SettingDefinition d) {
      return new SettingDto(d.key(), d.label().all(), d.type(), d.required(), d.defaultValue(), d.min(), d.max(), d.choices());
    }
  }

  static PluginChoiceDto from(PluginChoice choice) {
    var d = choice.plugin().descriptor().orElseThrow();
    return new PluginChoiceDto(
        d.id(),
        d.name().all(),
        d.description().all(),
        d.version().toString(),
        d.requires().stream().map(PluginDto.RequirementDto::from).toList(),
        choice.enabled(),
        choice.settings().asMap(),
        choice.plugin().settings().stream().map(SettingDto::from).toList(),
        choice.version());
  }
}
