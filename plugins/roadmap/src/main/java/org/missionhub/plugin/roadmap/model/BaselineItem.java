package org.missionhub.plugin.roadmap.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An initiative or a milestone as a baseline kept it: its title, owner, dates (a milestone has only an end,
 * its due date), status (an initiative's lifecycle or a milestone's state) and RAG (initiatives only).
 */
public record BaselineItem(ItemRef ref, String title, String owner, LocalDate start, LocalDate end, String status, Rag rag) {

  public BaselineItem {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(status, "status");
  }

  public static BaselineItem of(Initiative i) {
    return new BaselineItem(ItemRef.initiative(i.id()), i.title(), i.owner(), i.start(), i.end(), i.lifecycle().name(), i.rag());
  }

  public static BaselineItem of(Milestone m) {
    return new BaselineItem(ItemRef.milestone(m.id()), m.title(), m.owner(), null, m.due(), m.state().name(), null);
  }
}
