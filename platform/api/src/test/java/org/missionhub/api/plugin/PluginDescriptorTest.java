package org.missionhub.api.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PluginDescriptorTest {

  @Test
  void buildsADescriptorWithItsRequirements() {
    PluginDescriptor descriptor =
        PluginDescriptor.builder("benchmark")
            .name(LocalizedText.of("en", "Benchmark", "fr", "Étalonnage"))
            .description(LocalizedText.of("en", "Cross-organisation benchmarks"))
            .version("1.2.3")
            .apiVersions(PluginApi.VERSION)
            .requires("survey", "[1.0.0,2.0.0)")
            .build();
    assertThat(descriptor.version()).isEqualTo(new SemanticVersion(1, 2, 3));
    assertThat(descriptor.apiVersions().contains(PluginApi.current())).isTrue();
    assertThat(descriptor.requires()).containsExactly(PluginDependency.on("survey", "[1.0.0,2.0.0)"));
    assertThat(descriptor.name().in(Locale.FRENCH)).isEqualTo("Étalonnage");
    assertThat(descriptor.name().in(Locale.forLanguageTag("da"))).isEqualTo("Benchmark");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Survey", "1survey", "s", "survey_plugin", "survey.plugin", "a-very-long-plugin-identifier-that-is-too-long"})
  void idsAreShortLowerCaseWords(String id) {
    assertThatThrownBy(() -> PluginDescriptor.builder(id)
            .name(LocalizedText.of("en", "x")).description(LocalizedText.of("en", "x")).version("1.0.0").apiVersions("1.0.0").build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theApiRangeMustBeStated() {
    assertThatThrownBy(() -> PluginDescriptor.builder("survey")
            .name(LocalizedText.of("en", "x")).description(LocalizedText.of("en", "x")).version("1.0.0").build())
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("apiVersions");
  }

  @Test
  void textsNeedEnglish() {
    assertThatThrownBy(() -> LocalizedText.of("fr", "Enquête")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void choiceSettingsNeedChoices() {
    assertThatThrownBy(() -> SettingDefinition.choice("scale", LocalizedText.of("en", "Scale"), java.util.List.of(), null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
