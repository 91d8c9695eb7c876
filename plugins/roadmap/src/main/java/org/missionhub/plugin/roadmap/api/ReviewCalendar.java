package org.missionhub.plugin.roadmap.api;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When a mission's portfolio is reviewed: the day of the last review held, and the day the next is due by the
 * mission's review cadence (today when there is a cadence but no review yet; nothing without a cadence).
 */
public record ReviewCalendar(Optional<LocalDate> lastHeld, Optional<LocalDate> nextDue) {

  public ReviewCalendar {
    lastHeld = lastHeld == null ? Optional.empty() : lastHeld;
    nextDue = nextDue == null ? Optional.empty() : nextDue;
  }
}
