package org.missionhub.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.missionhub.api.plugin.HealthCheckDefinition;
import org.missionhub.api.plugin.LocalizedText;
import org.missionhub.api.plugin.MissionHubPlugin;
import org.missionhub.api.plugin.PermissionDefinition;
import org.missionhub.api.plugin.SettingDefinition;
import org.missionhub.api.plugin.UiContribution;
import org.missionhub.core.plugin.PluginMessages;

/**
 * The plugins MissionHub ships (and the example plugin) speak every language the platform speaks: their
 * bundles have every key in French and Danish with the English placeholders, every key their views use
 * exists, and every text they declare (name, tabs, cards, permissions, settings, health checks) has its
 * French and Danish version.
 */
class PluginTranslationsTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

  private final List<MissionHubPlugin> plugins = ServiceLoader.load(MissionHubPlugin.class).stream().map(ServiceLoader.Provider::get).toList();

  @Test
  void theShippedPluginsAreChecked() {
    assertThat(plugins).extracting(p -> p.descriptor().id()).contains("survey", "notes", "roadmap", "evaluation", "funding");
    assertThat(plugins).filteredOn(p -> p.messages().isPresent()).extracting(p -> p.descriptor().id()).contains("survey", "notes");
  }

  @Test
  void everyBundleHasEveryKeyInEveryLanguage() {
    for (MissionHubPlugin plugin : plugins) {
      messages(plugin).ifPresent(messages -> assertThat(messages.missing()).as("missing texts of %s", plugin.descriptor().id()).allSatisfy((language, keys) -> assertThat(keys).isEmpty()));
    }
  }

  @Test
  void translationsUseTheEnglishPlaceholders() {
    for (MissionHubPlugin plugin : plugins) {
      messages(plugin).ifPresent(messages -> {
        for (String key : messages.keys()) {
          Set<Integer> english = placeholders(raw(messages, key, Locale.ENGLISH));
          for (Locale language : PluginMessages.LANGUAGES) {
            assertThat(placeholders(raw(messages, key, language))).as("placeholders of %s in %s", key, language).isEqualTo(english);
          }
        }
      });
    }
  }

  /**
   * A text with placeholders is formatted by {@link java.text.MessageFormat}, where a lone apostrophe starts
   * a quoted part and swallows what follows ("the mission's {0}" shows "the missions {0}"): each placeholder
   * must survive formatting, so an apostrophe there is written twice, or typographic (’).
   */
  @Test
  void textsWithPlaceholdersKeepThemWhenFormatted() {
    for (MissionHubPlugin plugin : plugins) {
      messages(plugin).ifPresent(messages -> {
        for (String key : messages.keys()) {
          for (Locale language : PluginMessages.LANGUAGES) {
            String pattern = raw(messages, key, language);
            Set<Integer> used = placeholders(pattern);
            if (used.isEmpty()) {
              continue;
            }
            // numbers below a thousand, as {0} and {0,number} both write them without grouping
            Object[] byIndex = new Object[used.stream().mapToInt(Integer::intValue).max().orElse(0) + 1];
            java.util.Arrays.fill(byIndex, 0);
            used.forEach(n -> byIndex[n] = 900 + n);
            String formatted = new java.text.MessageFormat(pattern, language).format(byIndex);
            assertThat(used).as("placeholders of %s in %s survive formatting: %s", key, language, formatted).allSatisfy(n -> assertThat(formatted).contains(Integer.toString(900 + n)));
          }
        }
      });
    }
  }

  /** Every {@code "<pluginId>.name"} literal of a plugin's views (its {@code ui} package) is a key of its bundle. */
  @Test
  void everyKeyThePluginViewsUseExists() throws IOException {
    int checked = 0;
    for (MissionHubPlugin plugin : plugins) {
      var messages = messages(plugin);
      if (messages.isEmpty()) {
        continue;
      }
      String id = plugin.descriptor().id();
      Pattern literal = Pattern.compile("\"(" + Pattern.quote(id) + "\\.[a-zA-Z0-9]+(?:\\.[a-zA-Z0-9]+)*)\"");
      Set<String> used = new TreeSet<>();
      for (Path file : viewSources(plugin)) {
        literal.matcher(Files.readString(file)).results().forEach(r -> used.add(r.group(1)));
      }
      assertThat(messages.get().keys()).as("keys of %s", id).containsAll(used);
      checked += used.size();
    }
    assertThat(checked).isGreaterThan(80);
  }

  @Test
  void everyDeclaredTextIsTranslated() {
    for (MissionHubPlugin plugin : plugins) {
      String id = plugin.descriptor().id();
      List<LocalizedText> texts = new ArrayList<>(List.of(plugin.descriptor().name(), plugin.descriptor().description()));
      plugin.ui().stream().map(UiContribution::title).forEach(texts::add);
      plugin.permissions().stream().map(PermissionDefinition::description).forEach(texts::add);
      plugin.settings().stream().map(SettingDefinition::label).forEach(texts::add);
      for (HealthCheckDefinition check : plugin.healthChecks()) {
        texts.add(check.title());
        texts.add(check.whyItMatters());
      }
      for (LocalizedText text : texts) {
        assertThat(text.all()).as("languages of \"%s\" in %s", text, id).containsKeys("en", "fr", "da");
      }
    }
  }

  private static java.util.Optional<PluginMessages> messages(MissionHubPlugin plugin) {
    return plugin.messages().map(base -> PluginMessages.of(plugin.descriptor().id(), base, plugin.getClass().getClassLoader()));
  }

  /** The pattern itself (parameters not filled in), in the language's own file. */
  private static String raw(PluginMessages messages, String key, Locale language) {
    return messages.find(key, language).orElseThrow();
  }

  /** The Java sources of the plugin's views, in its module beside this one ({@code ../plugins/<module>}). */
  private static List<Path> viewSources(MissionHubPlugin plugin) throws IOException {
    String packagePath = plugin.getClass().getPackageName().replace('.', '/');
    try (Stream<Path> modules = Files.list(Path.of("..", "plugins"))) {
      for (Path module : modules.toList()) {
        Path sources = module.resolve("src/main/java").resolve(packagePath).resolve("ui");
        if (Files.isDirectory(sources)) {
          try (Stream<Path> files = Files.walk(sources)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
          }
        }
      }
    }
    return List.of();
  }

  private static Set<Integer> placeholders(String pattern) {
    Set<Integer> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(pattern);
    while (m.find()) {
      found.add(Integer.parseInt(m.group(1)));
    }
    return found;
  }
}
