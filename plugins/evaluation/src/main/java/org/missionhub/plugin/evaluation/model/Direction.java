package org.missionhub.plugin.evaluation.model;

/** Which way an indicator should move: up to its target, down to it, or stay within a range. */
public enum Direction {
  INCREASE,
  DECREASE,
  /** Keep within a range: each target has a lower and an upper bound. */
  RANGE
}
