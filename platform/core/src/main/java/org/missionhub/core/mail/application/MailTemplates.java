package org.missionhub.core.mail.application;

import org.missionhub.core.mail.domain.MailTexts;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.missionhub.core.mail.domain.ComposedMail;
import org.missionhub.core.mail.domain.MailFrequency;
import org.owasp.html.Encoding;

/**
 * Writes e-mails: one notice, or a digest of several, with a greeting, a link into the application for each,
 * and a footer that says why the person gets it, where to change that, and how to stop it. The HTML part
 * escapes every text (a notice may quote what someone typed); the plain-text part says the same.
 */
public final class MailTemplates {

  /** One notice as an e-mail shows it: its text and, if it leads somewhere, the absolute address. */
  public record Item(String message, Optional<String> address) {}

  /** Why the person gets the e-mail and how to change that. */
  public record Footer(String topicName, MailFrequency frequency, String settingsAddress, String unsubscribeAddress) {}

  private final MailTexts texts;

  public MailTemplates(MailTexts texts) {
    this.texts = texts;
  }

  /** @param subjectLine the sender's subject line, if it chose one; else the notice's first 80 characters */
  public ComposedMail single(String name, Item item, Footer footer, Optional<String> subjectLine) {
    String line = subjectLine.orElse(item.message()).replaceAll("\\s+", " ").strip();
    String subject = texts.text("subject.single", line.length() <= 80 ? line : line.substring(0, 79) + "…");
    return compose(subject, name, Optional.empty(), List.of(item), footer);
  }

  public ComposedMail digest(String name, MailFrequency frequency, List<Item> items, Footer footer) {
    String period = frequency == MailFrequency.WEEKLY ? "weekly" : "daily";
    String subject = texts.text("subject." + period, items.size());
    return compose(subject, name, Optional.of(texts.text("digest.intro." + period)), items, footer);
  }

  private ComposedMail compose(String subject, String name, Optional<String> intro, List<Item> items, Footer footer) {
    StringBuilder text = new StringBuilder();
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(texts.language().getLanguage())
        .append("\"><head><meta charset=\"utf-8\"><title>").append(escape(subject)).append("</title></head>")
        .append("<body style=\"font-family:sans-serif;line-height:1.5;max-width:40em\">");
    String greeting = texts.text("greeting", name);
    text.append(greeting).append("\n\n");
    html.append("<p>").append(escape(greeting)).append("</p>");
    intro.ifPresent(i -> {
      text.append(i).append("\n\n");
      html.append("<p>").append(escape(i)).append("</p>");
    });
    html.append(items.size() > 1 ? "<ul>" : "<div>");
    for (Item item : items) {
      text.append(items.size() > 1 ? "- " : "").append(item.message()).append('\n');
      item.address().ifPresent(a -> text.append(items.size() > 1 ? "  " : "").append(texts.text("open", a)).append('\n'));
      text.append('\n');
      html.append(items.size() > 1 ? "<li>" : "<p>").append(escape(item.message()));
      item.address().ifPresent(a -> html.append("<br><a href=\"").append(escape(a)).append("\">").append(escape(texts.text("open.html"))).append("</a>"));
      html.append(items.size() > 1 ? "</li>" : "</p>");
    }
    html.append(items.size() > 1 ? "</ul>" : "</div>");
    String why = texts.text("footer.why", footer.topicName(), texts.text("frequency." + footer.frequency()));
    text.append("-- \n").append(why).append('\n')
        .append(texts.text("footer.settings", footer.settingsAddress())).append('\n')
        .append(texts.text("footer.unsubscribe", footer.unsubscribeAddress())).append('\n');
    html.append("<hr><p style=\"font-size:small;color:#555\">").append(escape(why)).append("<br>")
        .append(link(texts.text("unsubscribe.settings"), footer.settingsAddress())).append(" · ")
        .append(link(texts.text("unsubscribe.button"), footer.unsubscribeAddress())).append("</p></body></html>");
    return new ComposedMail(subject, text.toString(), html.toString());
  }

  private static String link(String label, String address) {
    return "<a href=\"" + escape(address) + "\">" + escape(label) + "</a>";
  }

  /** Text escaped for HTML content and attribute values. */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder();
    try {
      Encoding.encodeRcdataOnto(text, out);
    } catch (IOException e) {
      throw new IllegalStateException("a StringBuilder does not fail", e);
    }
    return out.toString();
  }
}
