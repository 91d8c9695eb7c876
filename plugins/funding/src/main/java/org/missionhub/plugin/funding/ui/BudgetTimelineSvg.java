package org.missionhub.plugin.funding.ui;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.missionhub.plugin.funding.model.BudgetTimeline;

/**
 * The budget calendar drawn on the server as SVG: a row per funder with its budget rounds as bars (from the day
 * requests open, or a short bar ending on the last day), approvals as diamonds and the starts of its fiscal years
 * as ticks; then a row per initiative with its planned dates as a thin bar and the years it needs money in as
 * blocks, red where live commitments leave part of the need uncovered. Year and quarter lines and a today line.
 * Written by hand as the roadmap's timeline is: a few shapes need no charting library, and the page stays free of
 * scripts. Each shape has a {@code title} that names it; the table beside it says the same in text.
 */
final class BudgetTimelineSvg {

  static final int LABEL = 220;
  static final int WIDTH = 1000;
  static final int ROW = 26;
  static final int TOP = 30;

  /** The words the picture uses, in the reader's language. */
  record Words(String title, String funders, String initiatives, String round, String approval, String fiscalYear, String need, String uncovered) {}

  private final BudgetTimeline timeline;
  private final LocalDate today;
  private final Words words;

  BudgetTimelineSvg(BudgetTimeline timeline, LocalDate today, Words words) {
    this.timeline = timeline;
    this.today = today;
    this.words = words;
  }

  String render() {
    int rows = 2 + timeline.funders().size() + timeline.initiatives().size();
    int height = TOP + ROW * rows + 8;
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"").append(escape(words.title())).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
        .append(height).append("\" width=\"100%\" style=\"max-width:").append(WIDTH).append("px;font:12px sans-serif\"><title>").append(escape(words.title()))
        .append("</title>");
    for (LocalDate month = timeline.from(); month.isBefore(timeline.to()); month = month.plusMonths(3)) {
      boolean year = month.getMonthValue() == 1;
      svg.append(line(x(month), TOP - 8, x(month), height, year ? "#98a2b3" : "#eaecf0"));
      if (year) {
        svg.append(text(x(month) + 3, 14, Integer.toString(month.getYear()), "#475467", false));
      }
    }
    int r = 0;
    heading(svg, words.funders(), TOP + r++ * ROW);
    for (BudgetTimeline.FunderRow funder : timeline.funders()) {
      funder(svg, funder, TOP + r++ * ROW);
    }
    heading(svg, words.initiatives(), TOP + r++ * ROW);
    for (BudgetTimeline.InitiativeRow initiative : timeline.initiatives()) {
      initiative(svg, initiative, TOP + r++ * ROW);
    }
    if (!today.isBefore(timeline.from()) && today.isBefore(timeline.to())) {
      svg.append("<line x1=\"").append(f(x(today))).append("\" y1=\"").append(TOP - 8).append("\" x2=\"").append(f(x(today))).append("\" y2=\"").append(height)
          .append("\" stroke=\"#d92d20\" stroke-width=\"1.5\"><title>").append(today).append("</title></line>");
    }
    return svg.append("</svg>").toString();
  }

  private void heading(StringBuilder svg, String label, double y) {
    svg.append("<rect x=\"0\" y=\"").append(f(y + 2)).append("\" width=\"").append(WIDTH).append("\" height=\"").append(ROW - 4).append("\" fill=\"#f2f4f7\"/>");
    svg.append(text(4, y + 17, label, "#101828", true));
  }

  private void funder(StringBuilder svg, BudgetTimeline.FunderRow funder, double y) {
    svg.append(text(4, y + 17, clip(funder.name()), "#101828", false));
    for (LocalDate start : funder.fiscalYearStarts()) {
      svg.append("<line x1=\"").append(f(x(start))).append("\" y1=\"").append(f(y + 4)).append("\" x2=\"").append(f(x(start))).append("\" y2=\"").append(f(y + ROW - 4))
          .append("\" stroke=\"#344054\" stroke-width=\"2\"><title>").append(escape(words.fiscalYear() + " " + start)).append("</title></line>");
    }
    for (BudgetTimeline.Round round : funder.rounds()) {
      LocalDate opens = round.opens() == null ? round.closes().minusDays(14) : round.opens();
      double from = Math.max(LABEL, x(opens));
      double to = Math.max(from + 3, x(round.closes().plusDays(1)));
      svg.append("<rect x=\"").append(f(from)).append("\" y=\"").append(f(y + 7)).append("\" width=\"").append(f(to - from)).append("\" height=\"").append(ROW - 14)
          .append("\" rx=\"3\" fill=\"#2e90fa\"").append(round.opens() == null ? " fill-opacity=\"0.55\"" : "").append("><title>")
          .append(escape(words.round() + " " + round.fiscalYear() + ": " + (round.opens() == null ? "" : round.opens() + " – ") + round.closes())).append("</title></rect>");
    }
    for (LocalDate approval : funder.approvals()) {
      double cx = x(approval);
      double cy = y + ROW / 2.0;
      svg.append("<path d=\"M").append(f(cx)).append(' ').append(f(cy - 6)).append(" L").append(f(cx + 6)).append(' ').append(f(cy)).append(" L").append(f(cx)).append(' ')
          .append(f(cy + 6)).append(" L").append(f(cx - 6)).append(' ').append(f(cy)).append(" Z\" fill=\"#039855\"><title>").append(escape(words.approval() + " " + approval))
          .append("</title></path>");
    }
  }

  private void initiative(StringBuilder svg, BudgetTimeline.InitiativeRow initiative, double y) {
    svg.append(text(4, y + 17, clip(initiative.title()), "#101828", false));
    if (initiative.start() != null) {
      LocalDate end = initiative.end() == null ? timeline.to() : initiative.end().plusDays(1);
      double from = Math.max(LABEL, x(initiative.start()));
      double to = Math.min(WIDTH, x(end));
      if (to > from) {
        svg.append("<rect x=\"").append(f(from)).append("\" y=\"").append(f(y + ROW / 2.0 - 2)).append("\" width=\"").append(f(to - from))
            .append("\" height=\"4\" fill=\"#98a2b3\"/>");
      }
    }
    for (BudgetTimeline.NeedYear need : initiative.needs()) {
      LocalDate start = LocalDate.of(need.year(), 1, 1);
      double from = x(start);
      double to = x(start.plusYears(1));
      svg.append("<rect x=\"").append(f(from + 2)).append("\" y=\"").append(f(y + 6)).append("\" width=\"").append(f(to - from - 4)).append("\" height=\"").append(ROW - 12)
          .append("\" rx=\"3\" fill=\"").append(need.uncovered() ? "#f04438" : "#12b76a").append("\" fill-opacity=\"0.35\" stroke=\"")
          .append(need.uncovered() ? "#d92d20" : "#039855").append("\"><title>").append(escape(words.need() + " " + need.year() + (need.uncovered() ? ": " + words.uncovered() : "")))
          .append("</title></rect>");
    }
  }

  /** Where a day is, between the labels and the right edge. */
  private double x(LocalDate day) {
    long total = ChronoUnit.DAYS.between(timeline.from(), timeline.to());
    long at = ChronoUnit.DAYS.between(timeline.from(), day);
    return LABEL + (WIDTH - LABEL - 4) * Math.max(0, Math.min(total, at)) / (double) total;
  }

  private static String line(double x1, double y1, double x2, double y2, String colour) {
    return "<line x1=\"" + f(x1) + "\" y1=\"" + f(y1) + "\" x2=\"" + f(x2) + "\" y2=\"" + f(y2) + "\" stroke=\"" + colour + "\"/>";
  }

  private static String text(double x, double y, String text, String colour, boolean bold) {
    return "<text x=\"" + f(x) + "\" y=\"" + f(y) + "\" fill=\"" + colour + "\"" + (bold ? " font-weight=\"bold\"" : "") + ">" + escape(text) + "</text>";
  }

  private static String clip(String text) {
    return text.length() <= 32 ? text : text.substring(0, 31) + "…";
  }

  private static String f(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
