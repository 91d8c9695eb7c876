package org.missionhub.plugin.survey.xlsform;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.missionhub.api.plugin.LocalizedText;

/**
 * XLSForm's translated columns: {@code label} (the default language), {@code label::English (en)},
 * {@code label::fr} or {@code label::Français}. Knows the language codes in brackets, bare codes and the
 * names of MissionHub's languages.
 */
final class Languages {

  private static final Pattern CODE_IN_BRACKETS = Pattern.compile(".*\\(([a-zA-Z]{2,3})\\)\\s*");
  private static final Map<String, String> NAMES =
      Map.of("english", "en", "french", "fr", "français", "fr", "francais", "fr", "danish", "da", "dansk", "da");

  private final String defaultLanguage;

  Languages(String defaultLanguage) {
    this.defaultLanguage = defaultLanguage;
  }

  /** The language of a column suffix such as "English (en)", if it can be told. */
  static Optional<String> code(String suffix) {
    String s = suffix.strip();
    Matcher brackets = CODE_IN_BRACKETS.matcher(s);
    if (brackets.matches()) {
      return Optional.of(brackets.group(1).toLowerCase(Locale.ROOT));
    }
    if (s.matches("[a-zA-Z]{2,3}")) {
      return Optional.of(s.toLowerCase(Locale.ROOT));
    }
    return Optional.ofNullable(NAMES.get(s.toLowerCase(Locale.ROOT)));
  }

  /**
   * The texts of a translated column in a row, by language; empty if none. Columns whose language cannot be
   * told are reported by {@link XlsFormReader} once per sheet, not here.
   */
  Map<String, String> texts(Sheet.SheetRow row, String base) {
    Map<String, String> texts = new LinkedHashMap<>();
    row.cells().forEach(
        (column, value) -> {
          if (value.isBlank()) {
            return;
          }
          if (column.equals(base)) {
            texts.putIfAbsent(defaultLanguage, value.strip());
          } else if (column.startsWith(base + "::")) {
            code(column.substring(base.length() + 2)).ifPresent(language -> texts.put(language, value.strip()));
          }
        });
    return texts;
  }

  /** As a text of the model, which needs English: null if there is none. */
  static LocalizedText localized(Map<String, String> texts) {
    if (!texts.containsKey("en")) {
      return null;
    }
    String[] pairs = texts.entrySet().stream().flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue())).toArray(String[]::new);
    return LocalizedText.of(pairs);
  }
}
