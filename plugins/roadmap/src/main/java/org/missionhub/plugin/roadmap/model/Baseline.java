package org.missionhub.plugin.roadmap.model;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A snapshot of the portfolio at a moment the mission wants to measure against (a plan approved at a
 * gate, the start of a year): every initiative and milestone as it was, as OpenProject's baselines keep.
 * {@code size} is how many items it kept; {@code items} are empty when baselines are only listed.
 */
public record Baseline(String id, String missionId, String name, OffsetDateTime takenAt, String takenByName, int size, List<BaselineItem> items, long revision) {

  public Baseline {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(takenAt, "takenAt");
    items = List.copyOf(items);
  }

  /** The portfolio as it is now, kept under a name. */
  public static Baseline of(String id, String name, Portfolio portfolio, String missionId, OffsetDateTime now, String takenByName) {
    List<BaselineItem> items = new ArrayList<>();
    portfolio.initiatives().forEach(i -> items.add(BaselineItem.of(i)));
    portfolio.milestones().forEach(m -> items.add(BaselineItem.of(m)));
    return new Baseline(id, missionId, name, now, takenByName, items.size(), items, 1);
  }
}
