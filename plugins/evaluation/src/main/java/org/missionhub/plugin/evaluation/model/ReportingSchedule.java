package org.missionhub.plugin.evaluation.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which values are due when: for each indicator, every period that has ended, from the one after its
 * baseline (or its first target's) to its last target's, is due {@code reportWithinDays} after it ends. A
 * period with a total reported (even disputed: the reporter has acted) is reported; one past its due date
 * without is overdue.
 */
public final class ReportingSchedule {

  /** Where one period's report stands. */
  public enum State {
    REPORTED,
    DUE,
    OVERDUE
  }

  /** One indicator's report for one period. */
  public record Report(Indicator indicator, LocalDate period, LocalDate due, State state) {}

  private ReportingSchedule() {}

  public static List<Report> of(Board board, int reportWithinDays, LocalDate today) {
    List<Report> reports = new ArrayList<>();
    for (Indicator indicator : board.indicators()) {
      Set<LocalDate> reported = new HashSet<>();
      board.actualsOf(indicator.id()).stream().filter(Actual::isTotal).forEach(a -> reported.add(a.period()));
      Periods periodicity = indicator.periods();
      LocalDate first = indicator.hasBaseline()
          ? periodicity.periodOf(periodicity.end(periodicity.periodOf(indicator.baselineDate())).plusDays(1))
          : indicator.targets().isEmpty() ? null : indicator.targets().get(0).period();
      if (first == null || indicator.targets().isEmpty()) {
        continue;
      }
      LocalDate last = indicator.finalTarget().orElseThrow().period();
      for (LocalDate period = first; !period.isAfter(last); period = periodicity.end(period).plusDays(1)) {
        LocalDate end = periodicity.end(period);
        if (!end.isBefore(today)) {
          break;
        }
        LocalDate due = end.plusDays(reportWithinDays);
        State state = reported.contains(period) ? State.REPORTED : today.isAfter(due) ? State.OVERDUE : State.DUE;
        reports.add(new Report(indicator, period, due, state));
      }
    }
    reports.sort(Comparator.comparing(Report::due).thenComparing(r -> r.indicator().code()));
    return reports;
  }

  /** Share of the periods past their due date or reported that were reported, in percent (none due: empty). */
  public static java.util.OptionalInt reportedShare(List<Report> reports) {
    long due = reports.stream().filter(r -> r.state() != State.DUE).count();
    if (due == 0) {
      return java.util.OptionalInt.empty();
    }
    long made = reports.stream().filter(r -> r.state() == State.REPORTED).count();
    return java.util.OptionalInt.of((int) Math.round(100.0 * made / due));
  }
}
