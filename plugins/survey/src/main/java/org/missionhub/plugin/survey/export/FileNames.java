package org.missionhub.plugin.survey.export;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Names of downloaded export files, from the campaign's title: plain ASCII, so that the name needs no
 * encoding in a {@code Content-Disposition} header and survives every file system.
 */
public final class FileNames {

  private static final int LONGEST_SLUG = 60;

  private FileNames() {}

  /** {@code "Behovsanalyse for missioner, bølge 2"} becomes {@code "behovsanalyse-for-missioner-bolge-2"}; "campaign" if nothing is left. */
  public static String slug(String title) {
    String text = title == null ? "" : title.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "o").replace("œ", "oe").replace("ß", "ss");
    // accents become their base letter (é → e); what is still not a letter or digit separates words
    String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.length() > LONGEST_SLUG) {
      slug = slug.substring(0, LONGEST_SLUG).replaceAll("-+$", "");
    }
    return slug.isEmpty() ? "campaign" : slug;
  }

  public static String responsesCsv(String title) {
    return slug(title) + "-responses.csv";
  }

  public static String responsesJson(String title) {
    return slug(title) + "-responses.json";
  }

  public static String highlightsPdf(String title) {
    return slug(title) + "-highlights.pdf";
  }

  public static String codebookCsv(String title) {
    return slug(title) + "-codebook.csv";
  }
}
