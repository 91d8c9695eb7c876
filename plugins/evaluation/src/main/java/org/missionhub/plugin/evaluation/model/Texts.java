package org.missionhub.plugin.evaluation.model;

import java.util.Locale;

/** A text in the platform's three languages; English is required, the others fall back to it. */
public record Texts(String en, String fr, String da) {

  public Texts {
    if (en == null || en.isBlank()) {
      throw new IllegalArgumentException("an English text is required");
    }
  }

  public String in(Locale locale) {
    String wanted = switch (locale == null ? "en" : locale.getLanguage()) {
      case "fr" -> fr;
      case "da" -> da;
      default -> en;
    };
    return wanted == null || wanted.isBlank() ? en : wanted;
  }

  /** The languages still to translate, for an editor to mark. */
  public boolean complete() {
    return fr != null && !fr.isBlank() && da != null && !da.isBlank();
  }
}
