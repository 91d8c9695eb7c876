package org.missionhub.plugin.roadmap.ui;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.missionhub.plugin.roadmap.model.Dependency;
import org.missionhub.plugin.roadmap.model.Initiative;
import org.missionhub.plugin.roadmap.model.ItemRef;
import org.missionhub.plugin.roadmap.model.Milestone;
import org.missionhub.plugin.roadmap.model.Portfolio;
import org.missionhub.plugin.roadmap.model.Rag;
import org.missionhub.plugin.roadmap.model.TimelineRows;

/**
 * The roadmap as a Gantt-like picture, drawn on the server as SVG: the rows {@link TimelineRows} chose (a
 * heading per group, a row per initiative: a bar from start to end, coloured by its RAG status), its milestones as diamonds, the mission's own milestones on a last
 * row, year lines, a today line, and dependencies as arrows (dashed red when broken). Written by hand: a
 * few rectangles and lines need no charting library, and SVG keeps the page free of scripts. The board
 * beside it says the same in text, for screen readers.
 */
final class TimelineSvg {

  static final int LABEL = 230;
  static final int WIDTH = 1000;
  static final int ROW = 28;
  static final int TOP = 28;

  private final Portfolio portfolio;
  private final TimelineRows rows;
  private final LocalDate today;
  private final String title;

  TimelineSvg(Portfolio portfolio, TimelineRows rows, LocalDate today, String title) {
    this.portfolio = portfolio;
    this.rows = rows;
    this.today = today;
    this.title = title;
  }

  String render() {
    boolean missionRow = !rows.missionMilestones().isEmpty();
    int count = rows.groups().stream().mapToInt(g -> g.initiatives().size() + (g.label() == null ? 0 : 1)).sum() + (missionRow ? 1 : 0);
    int height = TOP + ROW * count + 10;
    LocalDate from = dates().min(LocalDate::compareTo).orElse(today).withDayOfYear(1);
    LocalDate to = dates().max(LocalDate::compareTo).orElse(today).plusYears(1).withDayOfYear(1);
    Scale x = new Scale(from, to);
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"").append(escape(title)).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
        .append("\" width=\"100%\" style=\"max-width:").append(WIDTH).append("px;font:12px sans-serif\"><title>").append(escape(title)).append("</title>");
    for (LocalDate year = from; !year.isAfter(to); year = year.plusYears(1)) {
      double at = x.at(year);
      svg.append(line(at, TOP - 6, at, height, "#d0d5dd", false));
      if (year.isBefore(to)) {
        svg.append(text(at + 3, 14, Integer.toString(year.getYear()), "#475467"));
      }
    }
    Map<ItemRef, double[]> ends = new HashMap<>();
    int r = 0;
    for (TimelineRows.Group group : rows.groups()) {
      if (group.label() != null) {
        double y = TOP + r++ * ROW;
        svg.append("<rect x=\"0\" y=\"").append(f(y + 2)).append("\" width=\"").append(WIDTH).append("\" height=\"").append(ROW - 4).append("\" fill=\"#f2f4f7\"/>");
        svg.append("<text x=\"4\" y=\"").append(f(y + 17)).append("\" fill=\"#101828\" font-weight=\"bold\">").append(escape(group.label())).append("</text>");
      }
      for (Initiative initiative : group.initiatives()) {
        row(svg, x, initiative, TOP + r++ * ROW, ends);
      }
    }
    if (missionRow) {
      double y = TOP + r * ROW;
      svg.append(text(4, y + 17, "—", "#475467"));
      milestones(svg, x, null, y, ends);
    }
    java.util.Set<Dependency> broken = new java.util.HashSet<>(portfolio.brokenDependencies());
    for (Dependency dependency : portfolio.dependencies()) {
      double[] from2 = ends.get(dependency.predecessor());
      double[] to2 = ends.get(dependency.successor());
      if (from2 != null && to2 != null) {
        boolean isBroken = broken.contains(dependency);
        svg.append(line(from2[1], from2[2], to2[0], to2[2], isBroken ? "#d92d20" : "#475467", isBroken));
      }
    }
    if (!today.isBefore(from) && today.isBefore(to)) {
      double at = x.at(today);
      svg.append(line(at, TOP - 6, at, height, "#1570ef", false));
    }
    return svg.append("</svg>").toString();
  }

  private void row(StringBuilder svg, Scale x, Initiative initiative, double y, Map<ItemRef, double[]> ends) {
    svg.append(text(4, y + 17, clip(initiative.title()), "#101828"));
    if (initiative.start() != null) {
      double start = x.at(initiative.start());
      double end = initiative.end() == null ? start + 6 : Math.max(start + 3, x.at(initiative.end()));
      svg.append("<rect x=\"").append(f(start)).append("\" y=\"").append(f(y + 6)).append("\" width=\"").append(f(end - start)).append("\" height=\"14\" rx=\"3\" fill=\"")
          .append(colour(initiative.rag())).append("\"><title>").append(escape(initiative.title())).append("</title></rect>");
      ends.put(ItemRef.initiative(initiative.id()), new double[] {start, end, y + 13});
    }
    milestones(svg, x, initiative.id(), y, ends);
  }

  private void milestones(StringBuilder svg, Scale x, String initiativeId, double y, Map<ItemRef, double[]> ends) {
    for (Milestone milestone : portfolio.milestones()) {
      if (java.util.Objects.equals(milestone.initiativeId(), initiativeId)) {
        double at = x.at(milestone.due());
        double mid = y + 13;
        svg.append("<polygon points=\"").append(f(at)).append(',').append(f(mid - 7)).append(' ').append(f(at + 7)).append(',').append(f(mid)).append(' ')
            .append(f(at)).append(',').append(f(mid + 7)).append(' ').append(f(at - 7)).append(',').append(f(mid)).append("\" fill=\"")
            .append(milestone.isOpen() ? "#101828" : "#98a2b3").append("\"><title>").append(escape(milestone.title() + " · " + milestone.due())).append("</title></polygon>");
        ends.put(ItemRef.milestone(milestone.id()), new double[] {at, at, mid});
      }
    }
  }

  private Stream<LocalDate> dates() {
    List<LocalDate> dates = new ArrayList<>();
    java.util.Set<String> shown = new java.util.HashSet<>();
    rows.groups().forEach(g -> g.initiatives().forEach(i -> {
      shown.add(i.id());
      dates.add(i.start());
      dates.add(i.end());
    }));
    portfolio.milestones().stream().filter(m -> shown.contains(m.initiativeId()) || rows.missionMilestones().contains(m)).forEach(m -> dates.add(m.due()));
    dates.add(today);
    return dates.stream().filter(java.util.Objects::nonNull);
  }

  private static String colour(Rag rag) {
    return switch (rag) {
      case GREEN -> "#12b76a";
      case AMBER -> "#f79009";
      case RED -> "#d92d20";
    };
  }

  private static String line(double x1, double y1, double x2, double y2, String colour, boolean dashed) {
    return "<line x1=\"" + f(x1) + "\" y1=\"" + f(y1) + "\" x2=\"" + f(x2) + "\" y2=\"" + f(y2) + "\" stroke=\"" + colour + "\"" + (dashed ? " stroke-dasharray=\"4 3\" stroke-width=\"2\"" : "") + "/>";
  }

  private static String text(double x, double y, String text, String colour) {
    return "<text x=\"" + f(x) + "\" y=\"" + f(y) + "\" fill=\"" + colour + "\">" + escape(text) + "</text>";
  }

  private static String clip(String text) {
    return text.length() > 32 ? text.substring(0, 31) + "…" : text;
  }

  private static String f(double value) {
    return String.format(java.util.Locale.ROOT, "%.1f", value);
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
  }

  /** Days to horizontal positions right of the labels. */
  private record Scale(LocalDate from, LocalDate to) {
    double at(LocalDate date) {
      double days = Math.max(1, ChronoUnit.DAYS.between(from, to));
      return LABEL + (WIDTH - LABEL - 10) * ChronoUnit.DAYS.between(from, date) / days;
    }
  }
}
