package org.missionhub.plugin.evaluation.diagram;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.missionhub.plugin.evaluation.model.ChangeLink;
import org.missionhub.plugin.evaluation.model.ChangeNode;
import org.missionhub.plugin.evaluation.model.NodeKind;
import org.missionhub.plugin.evaluation.model.TheoryOfChange;

/**
 * The theory of change as an SVG drawing, laid out by {@link TheoryLayout}: a box per step coloured by kind
 * with its title and rolled-up percent, the mission target last, and a curve per link (dashed while nobody
 * has given evidence for it). The same drawing serves the tab and the API; the tab adds a list of the same
 * content for screen readers, so the drawing is one image with a summary label.
 */
public final class TheorySvg {

  /** What the drawing says in the reader's language, and each step's current title and percent. */
  public record Labels(Function<NodeKind, String> kind, String target, String targetStatement, String summary, Map<String, String> titles, Map<String, BigDecimal> percents,
      BigDecimal targetPercent) {}

  private static final int WIDTH = 200;
  private static final int HEIGHT = 66;
  private static final int GAP_X = 70;
  private static final int GAP_Y = 22;
  private static final int MARGIN = 12;
  private static final int CHARS_PER_LINE = 30;

  private TheorySvg() {}

  public static String draw(TheoryOfChange theory, Labels labels) {
    TheoryLayout layout = new TheoryLayout(theory);
    int rows = Math.max(1, layout.rows());
    int width = MARGIN * 2 + layout.columns().size() * (WIDTH + GAP_X) - GAP_X;
    int height = MARGIN * 2 + rows * (HEIGHT + GAP_Y) - GAP_Y;
    StringBuilder svg = new StringBuilder(4096 + theory.nodes().size() * 600);
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(width).append("\" height=\"").append(height)
        .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\" aria-label=\"").append(escape(labels.summary())).append("\" font-family=\"sans-serif\">");
    svg.append("<defs><marker id=\"toc-arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">")
        .append("<path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#475569\"/></marker></defs>");
    for (ChangeLink link : theory.links()) {
      svg.append("<path class=\"toc-link\" data-link=\"").append(escape(link.id())).append("\" d=\"").append(route(layout, rows, link))
          .append("\" fill=\"none\" stroke=\"#475569\" stroke-width=\"1.5\" marker-end=\"url(#toc-arrow)\"")
          .append(link.evidenced() ? "" : " stroke-dasharray=\"5 4\"").append("/>");
    }
    for (ChangeNode node : theory.nodes()) {
      box(svg, layout, rows, node.id(), node.kind().name().toLowerCase(java.util.Locale.ROOT), labels.kind().apply(node.kind()),
          labels.titles().getOrDefault(node.id(), node.title()), labels.percents().get(node.id()), fill(node.kind()), "#0f172a");
    }
    String statement = labels.targetStatement() == null || labels.targetStatement().isBlank() ? "" : labels.targetStatement();
    box(svg, layout, rows, null, "target", labels.target(), statement, labels.targetPercent(), "#1e3a8a", "#ffffff");
    return svg.append("</svg>").toString();
  }

  private static void box(StringBuilder svg, TheoryLayout layout, int rows, String id, String kindClass, String kindLabel, String title, BigDecimal percent, String fill, String ink) {
    int[] at = topLeft(layout, rows, id);
    svg.append("<g class=\"toc-node toc-").append(kindClass).append("\"").append(id == null ? "" : " data-node=\"" + escape(id) + "\"").append('>');
    svg.append("<title>").append(escape(kindLabel + ": " + title)).append("</title>");
    svg.append("<rect x=\"").append(at[0]).append("\" y=\"").append(at[1]).append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
        .append("\" rx=\"8\" fill=\"").append(fill).append("\" stroke=\"#334155\" stroke-width=\"1\"/>");
    text(svg, at[0] + 8, at[1] + 14, 10, ink, kindLabel.toUpperCase(java.util.Locale.ROOT) + (percent == null ? "" : " · " + percent.toPlainString() + " %"), true);
    List<String> lines = wrap(title);
    for (int i = 0; i < lines.size(); i++) {
      text(svg, at[0] + 8, at[1] + 32 + i * 15, 12, ink, lines.get(i), false);
    }
    svg.append("</g>");
  }

  private static void text(StringBuilder svg, int x, int y, int size, String ink, String text, boolean bold) {
    svg.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" font-size=\"").append(size).append("\" fill=\"").append(ink).append('"')
        .append(bold ? " font-weight=\"bold\"" : "").append('>').append(escape(text)).append("</text>");
  }

  /** Two lines of the title at most, broken between words; a longer title ends with an ellipsis (the tooltip has it all). */
  static List<String> wrap(String title) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : title.strip().split("\\s+")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > CHARS_PER_LINE) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() == 0 ? "" : " ").append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    List<String> shown = new ArrayList<>();
    for (int i = 0; i < Math.min(2, lines.size()); i++) {
      String text = lines.get(i);
      boolean cut = text.length() > CHARS_PER_LINE || (i == 1 && lines.size() > 2);
      shown.add(cut ? text.substring(0, Math.min(text.length(), CHARS_PER_LINE - 1)) + "…" : text);
    }
    return shown;
  }

  /**
   * A link's path: from the right of its step, straight through the slot of each waypoint in the columns it
   * crosses, to the left of where it leads, with S-curves between columns.
   */
  private static String route(TheoryLayout layout, int rows, ChangeLink link) {
    List<int[]> points = new ArrayList<>();
    points.add(anchor(layout, rows, link.from(), true));
    for (TheoryLayout.Place waypoint : layout.waypoints(link.id())) {
      int[] at = topLeft(layout, rows, waypoint);
      points.add(new int[] {at[0], at[1] + HEIGHT / 2});
      points.add(new int[] {at[0] + WIDTH, at[1] + HEIGHT / 2});
    }
    points.add(anchor(layout, rows, link.to(), false));
    StringBuilder d = new StringBuilder("M ").append(points.get(0)[0]).append(' ').append(points.get(0)[1]);
    for (int i = 1; i < points.size(); i++) {
      int[] a = points.get(i - 1);
      int[] b = points.get(i);
      boolean acrossASlot = i % 2 == 0 && i < points.size() - 1;
      if (acrossASlot) {
        d.append(" L ").append(b[0]).append(' ').append(b[1]);
      } else {
        int bend = Math.max(20, (b[0] - a[0]) / 2);
        d.append(" C ").append(a[0] + bend).append(' ').append(a[1]).append(", ").append(b[0] - bend).append(' ').append(b[1]).append(", ").append(b[0]).append(' ').append(b[1]);
      }
    }
    return d.toString();
  }

  private static int[] topLeft(TheoryLayout layout, int rows, String id) {
    return topLeft(layout, rows, layout.place(id));
  }

  private static int[] topLeft(TheoryLayout layout, int rows, TheoryLayout.Place place) {
    int columnSize = layout.columns().get(place.column()).size();
    int offset = (rows - columnSize) * (HEIGHT + GAP_Y) / 2;
    return new int[] {MARGIN + place.column() * (WIDTH + GAP_X), MARGIN + offset + place.row() * (HEIGHT + GAP_Y)};
  }

  private static int[] anchor(TheoryLayout layout, int rows, String id, boolean leaving) {
    int[] at = topLeft(layout, rows, id);
    return new int[] {at[0] + (leaving ? WIDTH : 0), at[1] + HEIGHT / 2};
  }

  private static String fill(NodeKind kind) {
    return switch (kind) {
      case INITIATIVE -> "#dbeafe";
      case ACTIVITY -> "#e0e7ff";
      case OUTPUT -> "#fef3c7";
      case OUTCOME -> "#dcfce7";
    };
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
