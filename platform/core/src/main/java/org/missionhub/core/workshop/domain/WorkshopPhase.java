package org.missionhub.core.workshop.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The steps of a peer-exchange workshop, as the seed's workshop ran them: prepared, silent posting (each sees only
 * their own notes), reveal, breakout groups, dot voting, closed (the summary). A workshop only moves forward, one
 * step at a time, except that the breakout groups may be skipped.
 */
public enum WorkshopPhase {
  DRAFT,
  POSTING,
  REVEALED,
  BREAKOUT,
  VOTING,
  CLOSED;

  /** Whether the facilitator may move a workshop in this phase to {@code target}. */
  public boolean canMoveTo(WorkshopPhase target) {
    return target.ordinal() == ordinal() + 1 || (this == REVEALED && target == VOTING);
  }

  /** Whether notes may be posted, edited and removed. */
  public boolean acceptsNotes() {
    return EnumSet.of(POSTING, REVEALED, BREAKOUT).contains(this);
  }

  /** Whether everyone sees everyone's notes (before, only their own). */
  public boolean showsAllNotes() {
    return ordinal() >= REVEALED.ordinal();
  }

  /** Whether notes may be put in clusters. */
  public boolean acceptsClustering() {
    return this == REVEALED || this == BREAKOUT;
  }

  /** Whether the breakout groups are formed and shown. */
  public boolean hasGroups() {
    return ordinal() >= BREAKOUT.ordinal();
  }

  /** Whether people may join: until it is closed. */
  public boolean acceptsParticipants() {
    return this != CLOSED;
  }

  /** The phases a workshop's settings (title, prompts, dots, ...) may still change in. */
  public static final Set<WorkshopPhase> PREPARING = EnumSet.of(DRAFT);
}
