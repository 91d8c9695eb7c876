package org.missionhub.core.workshop.application;

import java.util.Objects;
import java.util.Optional;
import org.missionhub.core.workshop.domain.Workshop;

/**
 * Something in a workshop changed (a note, a dot, a group, its phase), fired in the change's transaction: open
 * workshop pages redraw after it commits. Names who changed it only to spare them their own redraw, never to show.
 * The mission is empty for a platform workshop.
 */
public record WorkshopChanged(Optional<String> missionId, String workshopId, String actorSubject) {
  public WorkshopChanged {
    Objects.requireNonNull(missionId, "missionId");
    Objects.requireNonNull(workshopId, "workshopId");
  }

  static WorkshopChanged of(Workshop workshop, String actorSubject) {
    return new WorkshopChanged(workshop.mission().map(m -> m.id().toString()), workshop.id(), actorSubject);
  }
}
