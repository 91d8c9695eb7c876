package org.missionhub.core.shared;

import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Markdown as people write it in comments, rendered to HTML that cannot run anything: CommonMark (raw HTML
 * escaped, link targets checked) and then the OWASP Java HTML Sanitizer, which keeps only text formatting,
 * lists, quotes, code and links to http, https and mailto, each link {@code rel="nofollow noopener noreferrer"}.
 * Two layers, so that a mistake in one is caught by the other. Thread-safe.
 */
public final class SafeMarkdown {

  private static final Parser PARSER = Parser.builder().build();

  private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).softbreak("<br>").build();

  private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
      .allowElements("p", "br", "em", "strong", "code", "pre", "blockquote", "ul", "ol", "li", "h3", "h4", "h5", "h6", "hr", "a")
      .allowElements((name, attributes) -> "h4", "h1", "h2")
      .allowAttributes("href").onElements("a")
      .allowUrlProtocols("http", "https", "mailto")
      .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
      .allowAttributes("start").matching(java.util.regex.Pattern.compile("[0-9]{1,6}")).onElements("ol")
      .toFactory();

  private SafeMarkdown() {}

  /** The HTML of the Markdown text, safe to put in a page as it is. */
  public static String html(String markdown) {
    Node document = PARSER.parse(markdown == null ? "" : markdown);
    return POLICY.sanitize(RENDERER.render(document)).strip();
  }
}
