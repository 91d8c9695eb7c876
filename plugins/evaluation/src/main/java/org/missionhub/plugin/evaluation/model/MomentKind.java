package org.missionhub.plugin.evaluation.model;

/** When a mission stops to evaluate: before it starts, halfway, at the end, or another review. */
public enum MomentKind {
  BASELINE_STUDY,
  MID_TERM,
  FINAL,
  OTHER
}
