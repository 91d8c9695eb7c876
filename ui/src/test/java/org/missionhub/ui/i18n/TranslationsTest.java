package org.missionhub.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.missionhub.api.governance.DecisionStatus;
import org.missionhub.api.governance.RiskCategory;
import org.missionhub.api.governance.RiskStatus;
import org.missionhub.api.mission.ChallengeArea;
import org.missionhub.api.mission.GovernanceMode;
import org.missionhub.api.mission.MissionPhase;
import org.missionhub.api.mission.MissionRole;
import org.missionhub.api.mission.PartnerStatus;
import org.missionhub.api.organisation.OrganisationRole;
import org.missionhub.api.organisation.OrganisationStatus;
import org.missionhub.api.organisation.OrganisationType;
import org.missionhub.core.governance.domain.BodyMember;
import org.missionhub.core.mission.domain.MissionHealth;
import org.missionhub.core.mission.persistence.MissionFilter;
import org.missionhub.core.plugin.PluginState;
import org.missionhub.core.onboarding.domain.OnboardingRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every language has every text, with the same placeholders, and every key the views use exists. */
class TranslationsTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

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
  private static final Map<String, List<String>> PREFIXES = Map.ofEntries(
      Map.entry("workspace.role.", names(OrganisationRole.class)),
      Map.entry("orgtype.", names(OrganisationType.class)),
      Map.entry("sector.", names(org.missionhub.api.organisation.Sector.class)),
      Map.entry("status.", names(OrganisationStatus.class)),
      Map.entry("phase.", names(MissionPhase.class)),
      Map.entry("phase.guidance.", names(MissionPhase.class)),
      Map.entry("health.", names(MissionHealth.Status.class)),
      Map.entry("onboarding.status.", names(OnboardingRequest.Status.class)),
      Map.entry("area.", names(ChallengeArea.class)),
      Map.entry("mode.", names(GovernanceMode.class)),
      Map.entry("mode.help.", names(GovernanceMode.class)),
      Map.entry("relation.", names(MissionFilter.Relation.class)),
      Map.entry("role.", names(MissionRole.class)),
      Map.entry("role.help.", names(MissionRole.class)),
      Map.entry("partnerStatus.", names(PartnerStatus.class)),
      Map.entry("decisionStatus.", names(DecisionStatus.class)),
      Map.entry("riskCategory.", names(RiskCategory.class)),
      Map.entry("riskStatus.", names(RiskStatus.class)),
      Map.entry("bodyFunction.", names(BodyMember.Function.class)),
      Map.entry("risks.likelihood.", List.of("1", "2", "3", "4", "5")),
      Map.entry("risks.impact.", List.of("1", "2", "3", "4", "5")),
      Map.entry("pluginState.", names(PluginState.class)),
      Map.entry("mailSettings.frequency.", names(org.missionhub.core.mail.domain.MailFrequency.class)),
      Map.entry("webhooks.status.", names(org.missionhub.core.webhook.domain.DeliveryStatus.class)),
      Map.entry("workshopPhase.", names(org.missionhub.core.workshop.domain.WorkshopPhase.class)),
      Map.entry("workshop.help.", names(org.missionhub.core.workshop.domain.WorkshopPhase.class)),
      Map.entry("workshop.moveTo.", names(org.missionhub.core.workshop.domain.WorkshopPhase.class)));

  /**
   * Prefixes that complete no message key: texts that may be missing on purpose (the data carries a fallback
   * text), and field names of the API's problem details ({@code settings.<key>}).
   */
  private static final Set<String> OPTIONAL_PREFIXES = Set.of("healthcheck.", "settings.");

  private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][a-zA-Z]*(?:\\.[a-zA-Z0-9_-]+)+)\"");
  private static final Pattern PREFIX_LITERAL = Pattern.compile("\"([a-z][a-zA-Z]*(?:\\.[a-zA-Z]+)*\\.)\"");

  /**
   * Every dotted string literal of the views and components is a message key (the views pass keys through
   * helpers, so looking only at {@code getTranslation("...")} would miss some); every prefix literal is
   * completed by an enum's constants.
   */
  @Test
  void everyKeyTheViewsUseExists() throws IOException {
    Set<String> english = bundle("").stringPropertyNames();
    String code = sourcesOf(Path.of("src/main/java/org/missionhub/ui/views"), Path.of("src/main/java/org/missionhub/ui/components"));
    Set<String> keys = new TreeSet<>();
    KEY_LITERAL.matcher(code).results().forEach(r -> keys.add(r.group(1)));
    Set<String> prefixes = new TreeSet<>();
    PREFIX_LITERAL.matcher(code).results().forEach(r -> prefixes.add(r.group(1)));
    assertThat(keys).hasSizeGreaterThan(100);
    assertThat(english).containsAll(keys);
    prefixes.removeIf(p -> OPTIONAL_PREFIXES.stream().anyMatch(p::startsWith));
    for (String prefix : prefixes) {
      assertThat(PREFIXES).as("what completes the key prefix %s", prefix).containsKey(prefix);
      for (String suffix : PREFIXES.get(prefix)) {
        assertThat(english).contains(prefix + suffix);
      }
    }
  }

  /** MessageFormat reads ' as a quote: parameterised texts must use the typographic apostrophe. */
  @ParameterizedTest
  @ValueSource(strings = {"", "_fr", "_da"})
  void parameterisedTextsHaveNoAsciiApostrophe(String suffix) throws IOException {
    Properties texts = bundle(suffix);
    assertThat(texts.stringPropertyNames())
        .filteredOn(key -> !placeholders(texts.getProperty(key)).isEmpty() && texts.getProperty(key).contains("'"))
        .isEmpty();
  }

  @Test
  void speaksTheBrowsersLanguageAndFallsBackToEnglish() {
    assertThat(translations.getTranslation("nav.signOut", Locale.FRANCE)).isNotEqualTo(translations.getTranslation("nav.signOut", Locale.ENGLISH));
    assertThat(translations.getTranslation("nav.signOut", Locale.GERMAN)).isEqualTo(translations.getTranslation("nav.signOut", Locale.ENGLISH));
    assertThat(Translations.supported(Locale.forLanguageTag("da-DK"))).isEqualTo(Locale.forLanguageTag("da"));
    assertThat(Translations.supported(null)).isEqualTo(Locale.ENGLISH);
  }

  @Test
  void readersKeepTheirRegionForDatesAndNumbers() {
    assertThat(Translations.forReader(Locale.forLanguageTag("da-DK"))).isEqualTo(Locale.forLanguageTag("da-DK"));
    assertThat(Translations.forReader(Locale.forLanguageTag("fr-BE"))).isEqualTo(Locale.forLanguageTag("fr-BE"));
    assertThat(Translations.forReader(Locale.ENGLISH)).isEqualTo(Locale.UK);
    assertThat(Translations.forReader(Locale.forLanguageTag("de-DE"))).isEqualTo(Locale.UK);
    assertThat(Translations.forReader(Locale.forLanguageTag("fr"))).isEqualTo(Locale.FRENCH);
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

  /** The sources below the folders, comments removed. */
  private static String sourcesOf(Path... folders) throws IOException {
    StringBuilder all = new StringBuilder();
    for (Path folder : folders) {
      try (Stream<Path> files = Files.walk(folder)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          all.append(Files.readString(file).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "")).append('\n');
        }
      }
    }
    return all.toString();
  }

  private static List<String> names(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
  }
}
