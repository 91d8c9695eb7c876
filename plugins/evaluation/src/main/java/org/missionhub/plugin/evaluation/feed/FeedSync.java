package org.missionhub.plugin.evaluation.feed;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.missionhub.plugin.evaluation.model.Actual;
import org.missionhub.plugin.evaluation.model.Indicator;
import org.missionhub.plugin.evaluation.model.Verification;
import org.missionhub.plugin.evaluation.store.ActualStore;

/**
 * Writes a feed's figures as the indicator's values: one per period (the last figure measured in it), as
 * the total. A value the feed wrote before is corrected when the figure changed (back to reported); a value
 * people reported is kept, never overwritten; a withheld figure writes nothing. Running it again changes
 * nothing, so a repeated event or a second "update" is harmless.
 */
public final class FeedSync {

  /** What one run did. */
  public record Outcome(int added, int corrected, int unchanged, int kept, int withheld) {

    Outcome plus(Outcome o) {
      return new Outcome(added + o.added, corrected + o.corrected, unchanged + o.unchanged, kept + o.kept, withheld + o.withheld);
    }
  }

  /** The prefix of {@code reported_by} on values a feed wrote ({@code survey:<id>}). */
  static boolean fed(Actual value) {
    return value.reportedBy().startsWith("survey:") || value.reportedBy().startsWith("funding:");
  }

  private final ActualStore actuals = new ActualStore();

  public Outcome apply(Connection c, String writer, String mission, Indicator indicator, List<Actual> values, List<FedFigure> figures, OffsetDateTime now) throws SQLException {
    Map<LocalDate, FedFigure> byPeriod = new TreeMap<>();
    Map<LocalDate, Boolean> withheld = new TreeMap<>();
    for (FedFigure figure : figures) {
      LocalDate period = indicator.periods().periodOf(figure.measuredOn());
      if (figure.value().isPresent()) {
        byPeriod.put(period, figure);
        withheld.remove(period);
      } else if (!byPeriod.containsKey(period)) {
        withheld.put(period, true);
      }
    }
    Outcome outcome = new Outcome(0, 0, 0, 0, withheld.size());
    for (Map.Entry<LocalDate, FedFigure> entry : byPeriod.entrySet()) {
      outcome = outcome.plus(write(c, writer, mission, indicator, values, entry.getKey(), entry.getValue(), now));
    }
    return outcome;
  }

  private Outcome write(Connection c, String writer, String mission, Indicator indicator, List<Actual> values, LocalDate period, FedFigure figure, OffsetDateTime now)
      throws SQLException {
    Actual fresh = new Actual(UUID.randomUUID().toString(), indicator.id(), period, null, figure.value().orElseThrow(), figure.source(), null, Verification.REPORTED, null,
        figure.origin(), figure.originName(), writer, now, 1);
    Optional<Actual> existing = values.stream().filter(a -> a.indicatorId().equals(indicator.id()) && a.isTotal() && a.period().equals(period)).findFirst();
    if (existing.isEmpty()) {
      actuals.insert(c, writer, mission, fresh);
      return new Outcome(1, 0, 0, 0, 0);
    }
    Actual before = existing.get();
    if (!fed(before)) {
      return new Outcome(0, 0, 0, 1, 0);
    }
    if (before.sameAs(fresh)) {
      return new Outcome(0, 0, 1, 0, 0);
    }
    // a figure corrected in the survey (or a later wave in the same period): the value follows, stale if someone changed it meanwhile
    if (!actuals.correct(c, writer, mission, fresh.replacing(before), before.revision())) {
      throw new IllegalStateException("the value of " + indicator.code() + " for " + indicator.periods().name(period) + " changed meanwhile");
    }
    return new Outcome(0, 1, 0, 0, 0);
  }
}
