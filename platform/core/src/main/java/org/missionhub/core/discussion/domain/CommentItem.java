package org.missionhub.core.discussion.domain;

import java.util.Objects;

/**
 * What a comment is about: the mission itself, or one of its decisions, risks or governance bodies.
 *
 * @param id the item's id; null for the mission itself
 */
public record CommentItem(Kind kind, String id) {

  /** The kinds of items people discuss. */
  public enum Kind {
    MISSION,
    DECISION,
    RISK,
    GOVERNANCE_BODY
  }

  public static final CommentItem MISSION = new CommentItem(Kind.MISSION, null);

  public CommentItem {
    Objects.requireNonNull(kind, "kind");
    if ((kind == Kind.MISSION) != (id == null)) {
      throw new IllegalArgumentException("the mission itself has no item id, every other item has one");
    }
  }

  /** As the API writes it: {@code MISSION}, {@code DECISION:<id>}. */
  public String key() {
    return kind.name() + (id == null ? "" : ":" + id);
  }
}
