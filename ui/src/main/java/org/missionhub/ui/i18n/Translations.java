package org.missionhub.ui.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.cdi.annotation.VaadinServiceEnabled;
import com.vaadin.cdi.annotation.VaadinServiceScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import org.missionhub.core.plugin.LoadedPlugin;
import org.missionhub.core.plugin.PluginMessages;
import org.missionhub.core.plugin.PluginRuntime;

/**
 * Every visible text of the UI, in English, French and Danish (resource bundles {@code i18n/messages}).
 * English is the fallback for a locale MissionHub does not speak. A key missing from a bundle shows as
 * {@code !key!} and is logged; a unit test fails the build when any language lacks a key. A key named after
 * an active plugin ({@code survey.save}) is the plugin's, read from its own bundle by the same rules.
 */
@VaadinServiceEnabled
@VaadinServiceScoped
public class Translations implements I18NProvider {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(Translations.class.getName());

  public static final String BUNDLE = "i18n/messages";
  public static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.FRENCH, new Locale("da"));

  @Override
  public List<Locale> getProvidedLocales() {
    return LOCALES;
  }

  /** The plugins, whose own bundles hold the keys named after them (contract 1.3.0); null in unit tests. */
  @Inject private PluginRuntime plugins;

  @Override
  public String getTranslation(String key, Locale locale, Object... params) {
    return find(key, locale, params)
        .or(() -> inPlugin(key).flatMap(messages -> messages.find(key, locale, params)))
        .orElseGet(
            () -> {
              LOG.warning(() -> "Missing translation " + key + " for " + supported(locale));
              return "!" + key + "!";
            });
  }

  /** The bundle of the active plugin the key is named after ({@code <pluginId>.<name>}), if any. */
  private Optional<PluginMessages> inPlugin(String key) {
    int dot = key.indexOf('.');
    if (plugins == null || dot < 0) {
      return Optional.empty();
    }
    return plugins.activePlugin(key.substring(0, dot)).flatMap(LoadedPlugin::messages);
  }

  /**
   * The text for a key that may not exist (texts named by data, such as a plugin's health check): empty if
   * the bundles do not have it, so the caller can fall back to the text the data carries.
   */
  public static Optional<String> find(String key, Locale locale, Object... params) {
    Locale supported = supported(locale);
    try {
      String pattern = ResourceBundle.getBundle(BUNDLE, supported, Translations.class.getClassLoader(), Control.INSTANCE).getString(key);
      return Optional.of(params.length == 0 ? pattern : new MessageFormat(pattern, supported).format(params));
    } catch (MissingResourceException e) {
      return Optional.empty();
    }
  }

  /**
   * The locale to show a reader: their own (with its region, for dates and numbers) when MissionHub speaks
   * its language; English is written the British way when no region is known.
   */
  public static Locale forReader(Locale requested) {
    Locale language = supported(requested);
    if (requested != null && language.getLanguage().equals(requested.getLanguage()) && !requested.getCountry().isEmpty()) {
      return requested;
    }
    return language.equals(Locale.ENGLISH) ? Locale.UK : language;
  }

  /** The locale MissionHub speaks that is closest to the requested one (by language), else English. */
  public static Locale supported(Locale locale) {
    if (locale == null) {
      return Locale.ENGLISH;
    }
    return LOCALES.stream().filter(l -> l.getLanguage().equals(locale.getLanguage())).findFirst().orElse(Locale.ENGLISH);
  }

  /** English lives in the base bundle; no fallback to the JVM's default locale. */
  static final class Control extends ResourceBundle.Control {
    static final Control INSTANCE = new Control();

    @Override
    public Locale getFallbackLocale(String baseName, Locale locale) {
      return null;
    }
  }
}
