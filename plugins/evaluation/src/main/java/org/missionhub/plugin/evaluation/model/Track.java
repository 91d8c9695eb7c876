package org.missionhub.plugin.evaluation.model;

/** Whether an indicator is where its target path says it should be by now. */
public enum Track {
  ON_TRACK,
  OFF_TRACK,
  /** Nothing counted yet: no total reported, or only disputed ones. */
  NO_DATA,
  /** No target to compare with. */
  NO_TARGET
}
