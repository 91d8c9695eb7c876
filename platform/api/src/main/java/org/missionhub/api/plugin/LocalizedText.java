package org.missionhub.api.plugin;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A text in several languages, by ISO 639 language code; English ({@code en}) is required and is the
 * fallback. MissionHub's own languages are English, French and Danish.
 */
public final class LocalizedText {

  private final Map<String, String> byLanguage;

  private LocalizedText(Map<String, String> byLanguage) {
    if (!byLanguage.containsKey("en") || byLanguage.get("en").isBlank()) {
      throw new IllegalArgumentException("a text needs its English version");
    }
    this.byLanguage = Map.copyOf(byLanguage);
  }

  /** {@code LocalizedText.of("en", "Survey", "fr", "Enquête", "da", "Spørgeskema")}. */
  public static LocalizedText of(String... languageTextPairs) {
    if (languageTextPairs.length == 0 || languageTextPairs.length % 2 != 0) {
      throw new IllegalArgumentException("language/text pairs expected");
    }
    Map<String, String> texts = new LinkedHashMap<>();
    for (int i = 0; i < languageTextPairs.length; i += 2) {
      texts.put(languageTextPairs[i], languageTextPairs[i + 1]);
    }
    return new LocalizedText(texts);
  }

  /** The text in the locale's language, else in English. */
  public String in(Locale locale) {
    return locale == null ? byLanguage.get("en") : byLanguage.getOrDefault(locale.getLanguage(), byLanguage.get("en"));
  }

  public Map<String, String> all() {
    return byLanguage;
  }

  @Override
  public String toString() {
    return byLanguage.get("en");
  }
}
