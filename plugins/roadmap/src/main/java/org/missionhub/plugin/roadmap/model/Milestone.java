package org.missionhub.plugin.roadmap.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A dated point of the roadmap, owned by one of the mission's organisations; it belongs to an initiative
 * or, with {@code initiativeId} null, to the mission as a whole.
 */
public record Milestone(String id, String missionId, String initiativeId, String title, LocalDate due, String owner, MilestoneState state, long revision) {

  public Milestone {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(missionId, "missionId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(state, "state");
  }

  public boolean isOpen() {
    return state == MilestoneState.PLANNED || state == MilestoneState.AT_RISK;
  }
}
