package org.missionhub.ui.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.missionhub.ui.components.LanguageSelect;

/**
 * Each new page speaks the language the reader chose (cookie), else their browser's, else English; and
 * tells assistive technology which language that is ({@code <html lang>}).
 */
@ApplicationScoped
public class LanguageOfTheReader {

  void onServiceInit(@Observes ServiceInitEvent event) {
    event.getSource().addUIInitListener(init -> apply(init.getUI()));
  }

  private static void apply(UI ui) {
    VaadinRequest request = VaadinRequest.getCurrent();
    Locale browser = request == null ? ui.getLocale() : request.getLocale();
    Locale locale =
        chosen(request)
            .map(language -> language.getLanguage().equals(browser.getLanguage()) ? Translations.forReader(browser) : Translations.forReader(language))
            .orElseGet(() -> Translations.forReader(browser));
    ui.setLocale(locale);
    ui.getSession().setLocale(locale);
    ui.getPage().executeJs("document.documentElement.lang = $0", locale.getLanguage());
  }

  private static Optional<Locale> chosen(VaadinRequest request) {
    Cookie[] cookies = request == null ? null : request.getCookies();
    if (cookies == null) {
      return Optional.empty();
    }
    return Arrays.stream(cookies)
        .filter(c -> LanguageSelect.COOKIE.equals(c.getName()))
        .map(c -> Translations.supported(Locale.forLanguageTag(c.getValue())))
        .findFirst();
  }
}
