package org.missionhub.plugin.evaluation.model;

/**
 * The steps of a theory of change, from what the mission's organisations do to what changes: initiatives (read
 * from the roadmap) and activities lead to outputs, outputs to outcomes, outcomes to the mission target.
 * {@link #level()} orders them: a link never leads back to a lower level.
 */
public enum NodeKind {
  INITIATIVE(0),
  ACTIVITY(0),
  OUTPUT(1),
  OUTCOME(2);

  /** The mission target's level: above every step. */
  public static final int TARGET_LEVEL = 3;

  private final int level;

  NodeKind(int level) {
    this.level = level;
  }

  public int level() {
    return level;
  }

  /** Initiatives and activities: what is done, as opposed to what it changes. */
  public boolean isAction() {
    return level == 0;
  }
}
