package org.missionhub.api.plugin;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One setting an organisation gives a plugin: its key, label, type and limits. The platform validates the
 * values an administrator enters against these definitions before the plugin ever sees them.
 *
 * @param min for INTEGER, the smallest value allowed (inclusive), else ignored
 * @param max for INTEGER the largest value, for TEXT the longest length
 * @param choices for CHOICE, the allowed values
 * @param defaultValue used when the organisation has not set a value; null for none
 */
public record SettingDefinition(
    String key,
    LocalizedText label,
    SettingType type,
    boolean required,
    String defaultValue,
    Integer min,
    Integer max,
    List<String> choices) {

  private static final Pattern KEY = Pattern.compile("[a-z][a-zA-Z0-9]{0,39}");

  public SettingDefinition {
    Objects.requireNonNull(key, "key");
    if (!KEY.matcher(key).matches()) {
      throw new IllegalArgumentException("a setting key is a camelCase word of up to 40 characters: " + key);
    }
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(type, "type");
    choices = choices == null ? List.of() : List.copyOf(choices);
    if (type == SettingType.CHOICE && choices.isEmpty()) {
      throw new IllegalArgumentException("a CHOICE setting needs its choices: " + key);
    }
  }

  public static SettingDefinition text(String key, LocalizedText label, int maxLength, String defaultValue) {
    return new SettingDefinition(key, label, SettingType.TEXT, false, defaultValue, null, maxLength, null);
  }

  public static SettingDefinition integer(String key, LocalizedText label, int min, int max, int defaultValue) {
    return new SettingDefinition(key, label, SettingType.INTEGER, true, String.valueOf(defaultValue), min, max, null);
  }

  public static SettingDefinition flag(String key, LocalizedText label, boolean defaultValue) {
    return new SettingDefinition(key, label, SettingType.BOOLEAN, true, String.valueOf(defaultValue), null, null, null);
  }

  public static SettingDefinition choice(String key, LocalizedText label, List<String> choices, String defaultValue) {
    return new SettingDefinition(key, label, SettingType.CHOICE, true, defaultValue, null, null, choices);
  }

  /** The kinds of value a setting holds. */
  public enum SettingType {
    TEXT,
    INTEGER,
    BOOLEAN,
    CHOICE
  }
}
