package org.missionhub.plugin.roadmap.ui;

import java.time.LocalDate;
import org.missionhub.plugin.roadmap.model.Portfolio;
import org.missionhub.plugin.roadmap.model.TimelineRows;

/** The Roadmap tab's timeline picture ({@link TimelineSvg}, package-private) for the benchmark. */
public final class TimelineDrawing {

  private TimelineDrawing() {}

  public static String svg(Portfolio portfolio, TimelineRows rows, LocalDate today) {
    return new TimelineSvg(portfolio, rows, today, "Roadmap").render();
  }
}
