package org.missionhub.core.workshop.application;

import java.util.Objects;

/**
 * Something in a workshop changed (a note, a dot, a group, its phase), fired in the change's transaction: open
 * workshop pages redraw after it commits. Names who changed it only to spare them their own redraw, never to show.
 */
public record WorkshopChanged(String missionId, String workshopId, String actorSubject) {
  public WorkshopChanged {
    Objects.requireNonNull(missionId, "missionId");
    Objects.requireNonNull(workshopId, "workshopId");
  }
}
