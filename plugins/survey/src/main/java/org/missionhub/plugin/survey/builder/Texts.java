package org.missionhub.plugin.survey.builder;

import java.util.LinkedHashMap;
import java.util.Map;

/** Texts by language as the builder keeps them: a field left empty is no translation. */
final class Texts {

  private Texts() {}

  static Map<String, String> copy(Map<String, String> texts) {
    return texts == null ? new LinkedHashMap<>() : new LinkedHashMap<>(texts);
  }

  /** The languages with a text, stripped; null when there is none (an optional text left out). */
  static Map<String, String> kept(Map<String, String> texts) {
    Map<String, String> kept = new LinkedHashMap<>();
    texts.forEach((language, text) -> {
      if (text != null && !text.isBlank()) {
        kept.put(language, text.strip());
      }
    });
    return kept;
  }

  static Map<String, String> optional(Map<String, String> texts) {
    Map<String, String> kept = kept(texts);
    return kept.isEmpty() ? null : kept;
  }

  static String condition(String source) {
    return source == null || source.isBlank() ? null : source.strip();
  }
}
