package org.missionhub.plugin.evaluation.model;

import java.util.Objects;

/**
 * Something a theory of change should not have (issue 15's checks), pointing at the step or the roadmap
 * initiative concerned.
 */
public record TheoryCheck(Kind kind, String nodeId, String initiativeId, String title) {

  public enum Kind {
    /** An outcome or output from which no chain of links reaches the mission target. */
    LEADS_NOWHERE,
    /** An initiative or activity that leads to nothing, or a roadmap initiative the theory leaves out. */
    CONTRIBUTES_TO_NOTHING,
    /** A step for a roadmap initiative that is no longer in the roadmap. */
    INITIATIVE_GONE,
    /** Steps, but nothing reaches the mission target. */
    TARGET_UNREACHED
  }

  public TheoryCheck {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(title, "title");
  }
}
