package org.missionhub.plugin.roadmap.model;

import java.util.Objects;

/** The successor waits for the predecessor (its finish or its start), across organisations. */
public record Dependency(String id, String missionId, ItemRef predecessor, ItemRef successor, DependencyKind kind) {

  public Dependency {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(missionId, "missionId");
    Objects.requireNonNull(predecessor, "predecessor");
    Objects.requireNonNull(successor, "successor");
    Objects.requireNonNull(kind, "kind");
    if (predecessor.equals(successor)) {
      throw new IllegalArgumentException("an item does not depend on itself");
    }
  }
}
