package org.missionhub.core.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.missionhub.api.plugin.LocalizedText;
import org.missionhub.api.plugin.PluginSettings;
import org.missionhub.api.plugin.SettingDefinition;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.shared.FieldError;

class SettingsValidatorTest {

  private static final List<SettingDefinition> DEFINITIONS =
      List.of(
          SettingDefinition.integer("maxLength", LocalizedText.of("en", "Longest note"), 1, 2000, 500),
          SettingDefinition.flag("public", LocalizedText.of("en", "Shared with partners"), true),
          SettingDefinition.choice("scale", LocalizedText.of("en", "Scale"), List.of("five", "seven"), "five"),
          SettingDefinition.text("signature", LocalizedText.of("en", "Signature"), 20, null));

  @Test
  void defaultsFillWhatIsNotGiven() {
    PluginSettings settings = SettingsValidator.validate(DEFINITIONS, Map.of("maxLength", " 800 "));
    assertThat(settings.integer("maxLength")).isEqualTo(800);
    assertThat(settings.flag("public")).isTrue();
    assertThat(settings.text("scale")).contains("five");
    assertThat(settings.text("signature")).isEmpty();
  }

  @Test
  void everyOffendingFieldIsNamed() {
    assertThatThrownBy(
            () ->
                SettingsValidator.validate(
                    DEFINITIONS,
                    Map.of("maxLength", "0", "public", "yes", "scale", "nine", "signature", "x".repeat(21), "colour", "red")))
        .isInstanceOfSatisfying(
            ApplicationException.class,
            e ->
                assertThat(e.fieldErrors())
                    .extracting(FieldError::field)
                    .containsExactlyInAnyOrder("settings.maxLength", "settings.public", "settings.scale", "settings.signature", "settings.colour"));
  }

  @Test
  void numbersMustBeWholeAndInRange() {
    assertThatThrownBy(() -> SettingsValidator.validate(DEFINITIONS, Map.of("maxLength", "12.5")))
        .hasMessageContaining("whole number");
    assertThatThrownBy(() -> SettingsValidator.validate(DEFINITIONS, Map.of("maxLength", "99999999999")))
        .hasMessageContaining("at most 2000");
  }

  @Test
  void runningSettingsNeverFailAndFallBackToDefaults() {
    // values entered before the plugin narrowed its limits, an unknown key, and nothing for the rest
    PluginSettings settings = SettingsValidator.lenient(DEFINITIONS, Map.of("maxLength", "5000", "scale", "seven", "gone", "x"));
    assertThat(settings.integer("maxLength")).isEqualTo(500);
    assertThat(settings.text("scale")).contains("seven");
    assertThat(settings.flag("public")).isTrue();
    assertThat(settings.asMap()).doesNotContainKeys("gone", "signature");
  }
}
