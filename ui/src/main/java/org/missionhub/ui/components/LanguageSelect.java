package org.missionhub.ui.components;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.util.Locale;
import org.missionhub.ui.i18n.Translations;

/** Lets the reader pick English, French or Danish; remembered in a cookie for a year. */
public final class LanguageSelect extends Select<Locale> {

  private static final long serialVersionUID = 1L;
  public static final String COOKIE = "missionhub-language";

  public LanguageSelect() {
    this(language -> {});
  }

  /** @param chosen also told of the reader's choice (a signed-in person's e-mails follow it) */
  public LanguageSelect(java.util.function.Consumer<Locale> chosen) {
    setId("language");
    setAriaLabel(getTranslation("nav.language"));
    setItems(Translations.LOCALES);
    setItemLabelGenerator(LanguageSelect::nameInItsOwnLanguage);
    setValue(Translations.supported(UI.getCurrent().getLocale()));
    setWidth("8.5rem");
    addValueChangeListener(
        change -> {
          if (change.isFromClient() && change.getValue() != null) {
            chosen.accept(change.getValue());
            choose(change.getValue());
          }
        });
  }

  private static void choose(Locale language) {
    VaadinSession.getCurrent().setLocale(Translations.forReader(language));
    Cookie cookie = new Cookie(COOKIE, language.getLanguage());
    cookie.setPath("/");
    cookie.setMaxAge(365 * 24 * 3600);
    cookie.setHttpOnly(true);
    VaadinService.getCurrentResponse().addCookie(cookie);
    UI.getCurrent().getPage().reload();
  }

  static String nameInItsOwnLanguage(Locale locale) {
    String name = locale.getDisplayLanguage(locale);
    return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
  }
}
