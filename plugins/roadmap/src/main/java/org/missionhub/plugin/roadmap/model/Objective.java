package org.missionhub.plugin.roadmap.model;

import java.util.Objects;

/**
 * One of the mission's intermediate goals, contributing to its target: in the order the mission's leaders
 * give them, with a measurable statement and the year it is due.
 */
public record Objective(String id, String missionId, int position, String title, String statement, Integer dueYear, long revision) {

  public Objective {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(missionId, "missionId");
    Objects.requireNonNull(title, "title");
  }
}
