package org.missionhub.core.plugin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.missionhub.api.plugin.PluginSettings;
import org.missionhub.api.plugin.SettingDefinition;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.shared.FieldError;

/**
 * Checks an organisation's settings for a plugin against the plugin's definitions: no unknown keys, each
 * value of its type and within its limits, required ones present (defaults fill what is not given). Field
 * names in errors are {@code settings.<key>}, as the API's problem details report them.
 */
public final class SettingsValidator {

  private SettingsValidator() {}

  /** The effective settings, or a 400 problem naming every offending field. */
  public static PluginSettings validate(List<SettingDefinition> definitions, Map<String, String> given) {
    Map<String, String> values = new LinkedHashMap<>();
    List<FieldError> errors = new ArrayList<>();
    Set<String> known = definitions.stream().map(SettingDefinition::key).collect(Collectors.toSet());
    for (String key : given.keySet()) {
      if (!known.contains(key)) {
        errors.add(new FieldError("settings." + key, "is not a setting of this plugin"));
      }
    }
    for (SettingDefinition definition : definitions) {
      String value = given.get(definition.key());
      if (value == null || value.isBlank()) {
        value = definition.defaultValue();
      }
      if (value == null) {
        if (definition.required()) {
          errors.add(new FieldError("settings." + definition.key(), "is required"));
        }
        continue;
      }
      String problem = problemWith(definition, value.strip());
      if (problem != null) {
        errors.add(new FieldError("settings." + definition.key(), problem));
      } else {
        values.put(definition.key(), value.strip());
      }
    }
    if (!errors.isEmpty()) {
      throw ApplicationException.invalid(errors);
    }
    return new PluginSettings(values);
  }

  /**
   * The settings to run with, never failing: each entered value if still valid, else the default, else
   * nothing (for settings entered before the plugin changed its definitions, or not entered yet).
   */
  public static PluginSettings lenient(List<SettingDefinition> definitions, Map<String, String> given) {
    Map<String, String> values = new LinkedHashMap<>();
    for (SettingDefinition definition : definitions) {
      for (String candidate : new String[] {given.get(definition.key()), definition.defaultValue()}) {
        if (candidate != null && !candidate.isBlank() && problemWith(definition, candidate.strip()) == null) {
          values.put(definition.key(), candidate.strip());
          break;
        }
      }
    }
    return new PluginSettings(values);
  }

  static String problemWith(SettingDefinition definition, String value) {
    return switch (definition.type()) {
      case TEXT -> definition.max() != null && value.length() > definition.max() ? "must be at most " + definition.max() + " characters" : null;
      case BOOLEAN -> value.equals("true") || value.equals("false") ? null : "must be true or false";
      case CHOICE -> definition.choices().contains(value) ? null : "must be one of " + definition.choices();
      case INTEGER -> integerProblem(definition, value);
    };
  }

  private static String integerProblem(SettingDefinition definition, String value) {
    long number;
    try {
      number = Long.parseLong(value);
    } catch (NumberFormatException e) {
      return "must be a whole number";
    }
    if (definition.min() != null && number < definition.min()) {
      return "must be at least " + definition.min();
    }
    if (definition.max() != null && number > definition.max()) {
      return "must be at most " + definition.max();
    }
    return number > Integer.MAX_VALUE || number < Integer.MIN_VALUE ? "is too large" : null;
  }
}
