package org.missionhub.core.workshop.application;

import java.util.Objects;

/**
 * Where a workshop is reached from, which decides who may see it and what they may do: a mission (its people, by
 * their mission roles) or the platform (its benchmark analysts facilitate; the invited organisations' people take
 * part, in the organisation the request works in).
 */
public sealed interface WorkshopHost {

  /** The platform's workshops. */
  WorkshopHost PLATFORM = new Platform();

  static WorkshopHost mission(String missionId) {
    return new InMission(missionId);
  }

  /** A mission's workshops, reached through the mission. */
  record InMission(String missionId) implements WorkshopHost {
    public InMission {
      Objects.requireNonNull(missionId, "missionId");
    }
  }

  /** The platform's workshops, reached by an analyst or by the people of an invited organisation. */
  record Platform() implements WorkshopHost {}
}
