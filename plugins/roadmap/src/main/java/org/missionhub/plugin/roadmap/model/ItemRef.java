package org.missionhub.plugin.roadmap.model;

import java.util.Objects;

/** An initiative or a milestone, as either end of a dependency. */
public record ItemRef(Kind kind, String id) {

  public enum Kind {
    INITIATIVE,
    MILESTONE
  }

  public ItemRef {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
  }

  public static ItemRef initiative(String id) {
    return new ItemRef(Kind.INITIATIVE, id);
  }

  public static ItemRef milestone(String id) {
    return new ItemRef(Kind.MILESTONE, id);
  }

  @Override
  public String toString() {
    return kind.name().toLowerCase(java.util.Locale.ROOT) + " " + id;
  }
}
