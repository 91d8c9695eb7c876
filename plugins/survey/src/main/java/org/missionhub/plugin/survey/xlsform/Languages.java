package org.missionhub.plugin.survey.xlsform;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.missionhub.api.plugin.LocalizedText;

/**
 * XLSForm's translated columns as people write them: {@code label} (the form's default language),
 * {@code label::English (en)}, {@code label::fr}, {@code label::pt-BR}, {@code label::Français} or
 * {@code label::Swahili}. A code in brackets wins; else a bare ISO 639 code; else a language's name in English or
 * in itself (the JDK's list, accents ignored); anything else is kept as the name written, lower-cased
 * ({@code label::Local dialect} is the language {@code local dialect}), as the XLSForm specification allows.
 */
final class Languages {

  private static final Pattern CODE_IN_BRACKETS = Pattern.compile(".*\\(\\s*([a-zA-Z]{2,3})(?:[-_][a-zA-Z0-9]{2,8})?\\s*\\)\\s*");
  private static final Pattern CODE = Pattern.compile("([a-zA-Z]{2,3})(?:[-_][a-zA-Z0-9]{2,8})?");
  private static final Map<String, String> NAMES = names();

  private final String defaultLanguage;

  /** @param defaultLanguage the language of the columns without one ({@code settings.default_language}, else English) */
  Languages(String defaultLanguage) {
    this.defaultLanguage = defaultLanguage;
  }

  /** The language of a column suffix such as "English (en)"; empty only when the suffix is blank. */
  static Optional<String> code(String suffix) {
    String s = suffix == null ? "" : suffix.strip();
    if (s.isEmpty()) {
      return Optional.empty();
    }
    Matcher brackets = CODE_IN_BRACKETS.matcher(s);
    if (brackets.matches()) {
      return Optional.of(iso2(brackets.group(1)));
    }
    Matcher bare = CODE.matcher(s);
    if (bare.matches() && (NAMES.containsValue(iso2(bare.group(1))))) {
      return Optional.of(iso2(bare.group(1)));
    }
    String name = plain(s.replaceFirst("\\s*\\(.*\\)\\s*$", ""));
    return Optional.of(NAMES.getOrDefault(name, s.toLowerCase(Locale.ROOT)));
  }

  /**
   * The texts of a translated column in a row, by language; empty if none. The plain column is the default
   * language's, unless a column names that language too (it wins).
   */
  Map<String, String> texts(Sheet.SheetRow row, String base) {
    Map<String, String> texts = new LinkedHashMap<>();
    String plain = null;
    for (Map.Entry<String, String> cell : row.cells().entrySet()) {
      String column = cell.getKey();
      String value = cell.getValue();
      if (value.isBlank()) {
        continue;
      }
      if (column.equals(base)) {
        plain = value.strip();
      } else if (column.startsWith(base + "::")) {
        code(column.substring(base.length() + 2)).ifPresent(language -> texts.put(language, value.strip()));
      }
    }
    if (plain != null) {
      texts.putIfAbsent(defaultLanguage, plain);
    }
    return texts;
  }

  /**
   * As a text of the model, whose fallback is English: a text without English falls back to the default
   * language's (else the first) as its English too, which is what ODK shows a reader of a missing language.
   * Null if there is no text at all.
   */
  LocalizedText localized(Map<String, String> texts) {
    if (texts.isEmpty()) {
      return null;
    }
    Map<String, String> all = new LinkedHashMap<>();
    if (!texts.containsKey("en")) {
      all.put("en", texts.getOrDefault(defaultLanguage, texts.values().iterator().next()));
    }
    all.putAll(texts);
    String[] pairs = all.entrySet().stream().flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue())).toArray(String[]::new);
    return LocalizedText.of(pairs);
  }

  /** A two-letter code where the language has one ("eng" is "en"), lower case. */
  private static String iso2(String code) {
    String c = code.toLowerCase(Locale.ROOT);
    return ISO3.getOrDefault(c, c);
  }

  private static final Map<String, String> ISO3 = iso3();

  private static Map<String, String> iso3() {
    Map<String, String> codes = new HashMap<>();
    for (String iso : Locale.getISOLanguages()) {
      try {
        codes.put(new Locale(iso).getISO3Language(), iso);
      } catch (java.util.MissingResourceException none) {
        // a language without a three-letter code: its two letters are all there is
      }
    }
    return codes;
  }

  /** Every ISO 639-1 language by its English name and its own, accents and case ignored; and its code, to itself. */
  private static Map<String, String> names() {
    Map<String, String> names = new HashMap<>();
    for (String iso : Locale.getISOLanguages()) {
      Locale language = new Locale(iso);
      names.putIfAbsent(plain(language.getDisplayLanguage(Locale.ENGLISH)), iso);
      names.putIfAbsent(plain(language.getDisplayLanguage(language)), iso);
      names.putIfAbsent(iso, iso);
    }
    return Map.copyOf(names);
  }

  private static String plain(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").strip().toLowerCase(Locale.ROOT);
  }
}
