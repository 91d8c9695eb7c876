package org.missionhub.core.mission.domain;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One question of a mission's health check, answered.
 *
 * @param id stable identifier (the UI translates the platform's own by it; a plugin's is {@code <pluginId>.<name>})
 * @param title the question, in English
 * @param whyItMatters shown when the check fails, so people know what to do about it, in English
 * @param translations the title and why-it-matters by language code, for a plugin's checks (the platform's
 *     own are translated by the web application); empty for the platform's
 */
public record HealthCheck(String id, boolean passed, String title, String whyItMatters, Map<String, Translation> translations) {

  /** A check's texts in one language. */
  public record Translation(String title, String whyItMatters) {}

  public HealthCheck {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(whyItMatters, "whyItMatters");
    translations = translations == null ? Map.of() : Map.copyOf(translations);
  }

  /** One of the platform's own checks. */
  public HealthCheck(String id, boolean passed, String title, String whyItMatters) {
    this(id, passed, title, whyItMatters, Map.of());
  }

  /** The title in the reader's language where the check brings it, else English. */
  public String title(Locale locale) {
    Translation translation = translations.get(locale.getLanguage());
    return translation == null ? title : translation.title();
  }

  /** Why it matters in the reader's language where the check brings it, else English. */
  public String whyItMatters(Locale locale) {
    Translation translation = translations.get(locale.getLanguage());
    return translation == null ? whyItMatters : translation.whyItMatters();
  }
}
