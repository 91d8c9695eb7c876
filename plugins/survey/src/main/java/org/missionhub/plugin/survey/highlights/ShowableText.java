package org.missionhub.plugin.survey.highlights;

import java.io.IOException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDType1Font;

/**
 * Text as the standard Helvetica can show it. Its WinAnsi encoding covers English, French and Danish; any
 * other character (a country name in another script, a narrow no-break space) is shown as a space, its
 * base letter, or "?", instead of failing the whole document.
 */
final class ShowableText {

  private final PDType1Font[] fonts;
  private final Map<Integer, String> shown = new HashMap<>();

  ShowableText(PDType1Font... fonts) {
    this.fonts = fonts.clone();
  }

  String of(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> out.append(shown.computeIfAbsent(c, this::character)));
    return out.toString();
  }

  private String character(int codePoint) {
    if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
      return " ";
    }
    String character = new String(Character.toChars(codePoint));
    if (encodes(character)) {
      return character;
    }
    String base = Normalizer.normalize(character, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return !base.isEmpty() && encodes(base) ? base : "?";
  }

  private boolean encodes(String text) {
    try {
      for (PDType1Font font : fonts) {
        font.encode(text);
      }
      return true;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }
}
