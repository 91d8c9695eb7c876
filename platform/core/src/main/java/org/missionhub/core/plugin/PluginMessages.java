package org.missionhub.core.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.missionhub.api.plugin.LocalizedText;

/**
 * A plugin's resource bundle (contract 1.3.0), read with the plugin's class loader and the same rules as
 * the platform's own texts: English is the base bundle and the fallback, never the JVM's default locale.
 * The web application's translation provider asks it for every key that starts with the plugin's id.
 */
public final class PluginMessages {

  /** The languages MissionHub speaks, English first. */
  public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("da"));

  private final String pluginId;
  private final String baseName;
  private final ClassLoader loader;

  private PluginMessages(String pluginId, String baseName, ClassLoader loader) {
    this.pluginId = pluginId;
    this.baseName = baseName;
    this.loader = loader;
  }

  /**
   * The bundle, checked: it exists in English, and every key is named {@code <pluginId>.<name>}.
   *
   * @throws IllegalArgumentException saying what is wrong
   */
  public static PluginMessages of(String pluginId, String baseName, ClassLoader loader) {
    PluginMessages messages = new PluginMessages(pluginId, baseName, loader);
    Properties english = messages.file(Locale.ENGLISH).orElseThrow(() -> new IllegalArgumentException("its messages " + baseName + ".properties are not in its jar"));
    for (String key : english.stringPropertyNames()) {
      if (!key.startsWith(pluginId + ".")) {
        throw new IllegalArgumentException("its message key " + key + " is not named " + pluginId + ".<name>");
      }
    }
    return messages;
  }

  /** The text for the key in the locale's language (else English), with its parameters; empty if no such key. */
  public Optional<String> find(String key, Locale locale, Object... params) {
    Locale language = LANGUAGES.stream().filter(l -> locale != null && l.getLanguage().equals(locale.getLanguage())).findFirst().orElse(Locale.ENGLISH);
    try {
      String pattern = ResourceBundle.getBundle(baseName, language, loader, EnglishBase.INSTANCE).getString(key);
      return Optional.of(params.length == 0 ? pattern : new MessageFormat(pattern, language).format(params));
    } catch (MissingResourceException e) {
      return Optional.empty();
    }
  }

  /** The text in every language, for the plugin's texts outside its views. */
  public LocalizedText text(String key, Object... params) {
    List<String> pairs = new ArrayList<>();
    for (Locale language : LANGUAGES) {
      String text = find(key, language, params).orElseThrow(() -> new IllegalArgumentException("plugin " + pluginId + " has no message " + key));
      pairs.add(language.getLanguage());
      pairs.add(text);
    }
    return LocalizedText.of(pairs.toArray(String[]::new));
  }

  /**
   * The keys each language lacks, or has blank, compared with English (for the completeness tests of the
   * platform and of plugin authors).
   */
  public Map<Locale, Set<String>> missing() {
    Properties english = file(Locale.ENGLISH).orElseThrow();
    Map<Locale, Set<String>> missing = new LinkedHashMap<>();
    for (Locale language : LANGUAGES.subList(1, LANGUAGES.size())) {
      Properties translated = file(language).orElseGet(Properties::new);
      Set<String> lacking = new TreeSet<>();
      for (String key : english.stringPropertyNames()) {
        if (translated.getProperty(key, "").isBlank()) {
          lacking.add(key);
        }
      }
      missing.put(language, lacking);
    }
    return missing;
  }

  /** The keys of the English bundle. */
  public Set<String> keys() {
    return new TreeSet<>(file(Locale.ENGLISH).orElseThrow().stringPropertyNames());
  }

  private Optional<Properties> file(Locale language) {
    String name = baseName + (language.equals(Locale.ENGLISH) ? "" : "_" + language.getLanguage()) + ".properties";
    try (InputStream in = loader.getResourceAsStream(name)) {
      if (in == null) {
        return Optional.empty();
      }
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return Optional.of(properties);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** English lives in the base bundle; no fallback to the JVM's default locale. */
  private static final class EnglishBase extends ResourceBundle.Control {
    static final EnglishBase INSTANCE = new EnglishBase();

    @Override
    public Locale getFallbackLocale(String baseName, Locale locale) {
      return null;
    }
  }
}
