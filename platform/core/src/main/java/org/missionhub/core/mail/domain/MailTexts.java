package org.missionhub.core.mail.domain;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The e-mail texts in one language (English, French or Danish; English for any other). */
public final class MailTexts {

  private static final String BUNDLE = "org.missionhub.core.mail.domain.mail";

  private final Locale language;
  private final ResourceBundle bundle;

  private MailTexts(Locale language) {
    this.language = language;
    this.bundle = ResourceBundle.getBundle(BUNDLE, language, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  public static MailTexts in(Locale language) {
    String code = language == null ? "en" : language.getLanguage();
    return new MailTexts(code.equals("fr") || code.equals("da") ? Locale.forLanguageTag(code) : Locale.ROOT);
  }

  public String text(String key, Object... arguments) {
    String pattern = bundle.getString(key);
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, language).format(arguments);
  }

  public Locale language() {
    return language == Locale.ROOT ? Locale.ENGLISH : language;
  }
}
