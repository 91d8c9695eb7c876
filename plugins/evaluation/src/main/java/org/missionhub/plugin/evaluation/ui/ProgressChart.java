package org.missionhub.plugin.evaluation.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.missionhub.plugin.evaluation.model.Actual;
import org.missionhub.plugin.evaluation.model.Direction;
import org.missionhub.plugin.evaluation.model.Indicator;
import org.missionhub.plugin.evaluation.model.Progress;
import org.missionhub.plugin.evaluation.model.Target;

/**
 * An indicator's progress as a small line chart, drawn on the server as SVG: the target path dashed (for a
 * range, each target's band), the counted values as a line with dots at the end of their periods, year
 * lines. Written by hand like the roadmap's timeline: a few lines need no charting library, and SVG keeps
 * the page free of scripts. The text beside it says the same for screen readers; the chart has a label.
 */
final class ProgressChart {

  static final int WIDTH = 520;
  static final int HEIGHT = 150;
  static final int LEFT = 56;
  static final int RIGHT = 12;
  static final int TOP = 10;
  static final int BOTTOM = 22;

  private final Indicator indicator;
  private final TreeMap<LocalDate, BigDecimal> values;
  private final String label;

  ProgressChart(Indicator indicator, List<Actual> actuals, String label) {
    this.indicator = indicator;
    this.values = Progress.totals(indicator, actuals);
    this.label = label;
  }

  /** Empty when there is nothing to draw: no targets and no values. */
  String render() {
    List<LocalDate> days = new ArrayList<>();
    List<BigDecimal> numbers = new ArrayList<>();
    if (indicator.hasBaseline()) {
      days.add(indicator.baselineDate());
      numbers.add(indicator.baselineValue());
    }
    for (Target t : indicator.targets()) {
      days.add(t.period());
      days.add(end(t.period()));
      numbers.add(t.value());
      if (t.upper() != null) {
        numbers.add(t.upper());
      }
    }
    values.forEach((period, value) -> {
      days.add(period);
      days.add(end(period));
      numbers.add(value);
    });
    if (values.isEmpty() && indicator.targets().isEmpty()) {
      return "";
    }
    LocalDate from = days.stream().min(LocalDate::compareTo).orElseThrow().withDayOfYear(1);
    LocalDate to = days.stream().max(LocalDate::compareTo).orElseThrow().plusDays(1);
    double low = numbers.stream().mapToDouble(BigDecimal::doubleValue).min().orElse(0);
    double high = numbers.stream().mapToDouble(BigDecimal::doubleValue).max().orElse(1);
    double pad = high == low ? 1 : (high - low) * 0.1;
    Scale scale = new Scale(from, to, low - pad, high + pad);
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"").append(escape(label)).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
        .append("\" width=\"100%\" style=\"max-width:").append(WIDTH).append("px;font:11px sans-serif\"><title>").append(escape(label)).append("</title>");
    for (LocalDate year = from; year.isBefore(to); year = year.plusYears(1)) {
      double x = scale.x(year);
      svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#d0d5dd\"/>", x, TOP, x, HEIGHT - BOTTOM));
      svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" fill=\"#475467\">%d</text>", x + 3, HEIGHT - 6, year.getYear()));
    }
    for (double v : new double[] {low, high}) {
      svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" fill=\"#475467\" text-anchor=\"end\">%s</text>", LEFT - 6, scale.y(v) + 4, escape(number(v))));
      svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#eaecf0\"/>", LEFT, scale.y(v), WIDTH - RIGHT, scale.y(v)));
    }
    if (indicator.direction() == Direction.RANGE) {
      for (Target t : indicator.targets()) {
        BigDecimal upper = t.upper() == null ? t.value() : t.upper();
        svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#d1fadf\" stroke=\"#12b76a\" stroke-dasharray=\"4 3\"/>",
            scale.x(t.period()), scale.y(upper.doubleValue()), Math.max(1, scale.x(end(t.period()).plusDays(1)) - scale.x(t.period())),
            Math.max(1, scale.y(t.value().doubleValue()) - scale.y(upper.doubleValue()))));
      }
    } else {
      svg.append(polyline(Progress.path(indicator).stream().map(p -> point(scale, p.getKey(), p.getValue())).toList(), "#667085", true));
    }
    List<String> points = values.entrySet().stream().map(e -> point(scale, end(e.getKey()), e.getValue())).toList();
    svg.append(polyline(points, "#175cd3", false));
    for (String p : points) {
      String[] xy = p.split(",");
      svg.append("<circle cx=\"").append(xy[0]).append("\" cy=\"").append(xy[1]).append("\" r=\"3.5\" fill=\"#175cd3\"/>");
    }
    return svg.append("</svg>").toString();
  }

  private LocalDate end(LocalDate period) {
    return indicator.periods().end(period);
  }

  private static String point(Scale scale, LocalDate day, BigDecimal value) {
    return String.format(Locale.ROOT, "%.1f,%.1f", scale.x(day), scale.y(value.doubleValue()));
  }

  private static String polyline(List<String> points, String colour, boolean dashed) {
    if (points.size() < 2) {
      return "";
    }
    return "<polyline fill=\"none\" stroke=\"" + colour + "\" stroke-width=\"2\"" + (dashed ? " stroke-dasharray=\"6 4\"" : "") + " points=\"" + String.join(" ", points) + "\"/>";
  }

  /** Axis labels: whole numbers without decimals, others to two places (drawing only; the text gives exact values). */
  private static String number(double v) {
    return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  /** Days to x, values to y (upwards), inside the margins. */
  private record Scale(LocalDate from, LocalDate to, double low, double high) {
    double x(LocalDate day) {
      double span = Math.max(1, ChronoUnit.DAYS.between(from, to));
      return LEFT + (WIDTH - LEFT - RIGHT) * ChronoUnit.DAYS.between(from, day) / span;
    }

    double y(double value) {
      return TOP + (HEIGHT - TOP - BOTTOM) * (high - value) / (high - low);
    }
  }
}
