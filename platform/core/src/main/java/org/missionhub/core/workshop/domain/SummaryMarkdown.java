package org.missionhub.core.workshop.domain;

import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * A workshop's summary as a Markdown document, to download, mail or paste into a report. Written by hand (a few
 * headings and lists): what matters is that nothing people wrote can break the document's structure, so every
 * text is escaped.
 */
public final class SummaryMarkdown {

  private static final Pattern SPECIAL = Pattern.compile("([\\\\`*_{}\\[\\]()#+\\-.!<>|~])");

  private SummaryMarkdown() {}

  /**
   * @param summary the workshop's summary
   * @param texts the labels in the reader's language: a key and its arguments to a text
   */
  public static String of(WorkshopSummary summary, BiFunction<String, Object[], String> texts) {
    StringBuilder out = new StringBuilder();
    out.append("# ").append(escape(summary.title())).append("\n\n");
    out.append(texts.apply("workshop.summary.figures", new Object[] {summary.participants(), summary.organisations(), summary.dotsSpent()})).append("\n");
    for (WorkshopSummary.Prompt prompt : summary.prompts()) {
      out.append("\n## ").append(escape(prompt.text())).append("\n\n");
      if (prompt.clusters().isEmpty()) {
        out.append(texts.apply("workshop.summary.noNotes", new Object[0])).append("\n");
      }
      for (WorkshopSummary.Cluster cluster : prompt.clusters()) {
        if (cluster.label() != null) {
          out.append("- **").append(escape(cluster.label())).append("** (").append(texts.apply("workshop.summary.dots", new Object[] {cluster.dots()})).append(")\n");
          cluster.notes().forEach(note -> out.append("  ").append(note(note, texts)));
        } else {
          cluster.notes().forEach(note -> out.append(note(note, texts)));
        }
      }
    }
    return out.toString();
  }

  private static String note(WorkshopSummary.Note note, BiFunction<String, Object[], String> texts) {
    StringBuilder line = new StringBuilder("- ").append(escape(note.body().replaceAll("\\s+", " ")));
    line.append(" (").append(texts.apply("workshop.summary.dots", new Object[] {note.dots()}));
    if (note.author() != null) {
      line.append("; ").append(escape(note.author())).append(", ").append(escape(note.organisation()));
    }
    return line.append(")\n").toString();
  }

  /** The text with Markdown's special characters escaped, on one line. */
  static String escape(String text) {
    return SPECIAL.matcher(text.replaceAll("[\\r\\n]+", " ")).replaceAll("\\\\$1");
  }
}
