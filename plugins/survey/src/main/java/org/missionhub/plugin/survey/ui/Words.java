package org.missionhub.plugin.survey.ui;

import com.vaadin.flow.server.VaadinService;
import java.util.Locale;
import org.missionhub.api.plugin.LocalizedText;

/**
 * The survey pages' texts, from the plugin's resource bundle ({@code org/missionhub/plugin/survey/messages},
 * English, French and Danish) through the platform's translations, as {@code getTranslation} reads them:
 * for the helpers that are not components themselves and are handed the reader's locale.
 */
final class Words {

  private static final String[] LANGUAGES = {"en", "fr", "da"};

  private Words() {}

  static String in(String key, Locale locale, Object... params) {
    return VaadinService.getCurrent().getInstantiator().getI18NProvider().getTranslation(key, locale, params);
  }

  /** The text in every language, for a model object that carries its own translations (an answer option). */
  static LocalizedText all(String key) {
    String[] pairs = new String[LANGUAGES.length * 2];
    for (int i = 0; i < LANGUAGES.length; i++) {
      pairs[2 * i] = LANGUAGES[i];
      pairs[2 * i + 1] = in(key, Locale.forLanguageTag(LANGUAGES[i]));
    }
    return LocalizedText.of(pairs);
  }
}
