package org.missionhub.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.missionhub.api.mission.MissionPhase;
import org.missionhub.api.organisation.OrganisationRole;
import org.missionhub.api.organisation.OrganisationStatus;
import org.missionhub.api.organisation.OrganisationType;
import org.missionhub.core.mission.domain.MissionHealth;
import org.missionhub.core.onboarding.domain.OnboardingRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every language has every text, with the same placeholders, and every key the views use exists. */
class TranslationsTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
  private static final Pattern KEY_IN_CODE = Pattern.compile("getTranslation\\(\\s*\"([^\"]+)\"");

  private final Translations translations = new Translations();

  @ParameterizedTest
  @ValueSource(strings = {"fr", "da"})
  void everyLanguageHasExactlyTheEnglishKeys(String language) throws IOException {
    assertThat(bundle("_" + language).stringPropertyNames()).isEqualTo(bundle("").stringPropertyNames());
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr", "da"})
  void translationsUseTheSamePlaceholdersAsEnglish(String language) throws IOException {
    Properties english = bundle("");
    Properties translated = bundle("_" + language);
    for (String key : english.stringPropertyNames()) {
      assertThat(placeholders(translated.getProperty(key, "")))
          .as("placeholders of %s in %s", key, language)
          .isEqualTo(placeholders(english.getProperty(key)));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr", "da"})
  void noTranslationIsBlank(String language) throws IOException {
    Properties translated = bundle("_" + language);
    assertThat(translated.stringPropertyNames())
        .filteredOn(key -> translated.getProperty(key).isBlank())
        .isEmpty();
  }

  /** Keys the views build from an enum constant ({@code "phase." + phase.name()}). */
  private static final Map<String, Class<? extends Enum<?>>> ENUM_PREFIXES = Map.of(
      "workspace.role.", OrganisationRole.class,
      "orgtype.", OrganisationType.class,
      "status.", OrganisationStatus.class,
      "phase.", MissionPhase.class,
      "health.", MissionHealth.Status.class,
      "onboarding.status.", OnboardingRequest.Status.class);

  @Test
  void everyKeyTheViewsAskForExists() throws IOException {
    Set<String> used = keysUsedIn(Path.of("src/main/java"));
    Set<String> english = bundle("").stringPropertyNames();
    assertThat(used).isNotEmpty();
    assertThat(english).containsAll(used.stream().filter(k -> !k.endsWith(".")).toList());
    for (String prefix : used.stream().filter(k -> k.endsWith(".")).toList()) {
      assertThat(ENUM_PREFIXES).as("enum behind the key prefix %s", prefix).containsKey(prefix);
      for (Enum<?> constant : ENUM_PREFIXES.get(prefix).getEnumConstants()) {
        assertThat(english).contains(prefix + constant.name());
      }
    }
  }

  @Test
  void speaksTheBrowsersLanguageAndFallsBackToEnglish() {
    assertThat(translations.getTranslation("nav.signOut", Locale.FRANCE)).isNotEqualTo(translations.getTranslation("nav.signOut", Locale.ENGLISH));
    assertThat(translations.getTranslation("nav.signOut", Locale.GERMAN)).isEqualTo(translations.getTranslation("nav.signOut", Locale.ENGLISH));
    assertThat(Translations.supported(Locale.forLanguageTag("da-DK"))).isEqualTo(Locale.forLanguageTag("da"));
    assertThat(Translations.supported(null)).isEqualTo(Locale.ENGLISH);
  }

  @Test
  void aMissingKeyIsVisibleRatherThanBlank() {
    assertThat(translations.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key!");
  }

  private static Properties bundle(String suffix) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = TranslationsTest.class.getClassLoader().getResourceAsStream(Translations.BUNDLE + suffix + ".properties")) {
      assertThat(in).as("bundle %s", suffix).isNotNull();
      properties.load(in);
    }
    return properties;
  }

  private static Set<Integer> placeholders(String pattern) {
    Set<Integer> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(pattern);
    while (m.find()) {
      found.add(Integer.parseInt(m.group(1)));
    }
    return found;
  }

  private static Set<String> keysUsedIn(Path sources) throws IOException {
    try (Stream<Path> files = Files.walk(sources)) {
      return files
          .filter(f -> f.toString().endsWith(".java"))
          .flatMap(f -> {
            try {
              Matcher m = KEY_IN_CODE.matcher(Files.readString(f));
              return m.results().map(r -> r.group(1)).toList().stream();
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          })
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }
}
