package org.missionhub.plugin.roadmap.model;

/** Where a milestone stands. */
public enum MilestoneState {
  PLANNED,
  AT_RISK,
  REACHED,
  MISSED
}
