package org.missionhub.api.mission;

/**
 * Where a mission is in its life. A phase changes only together with an adopted gate decision that records
 * it.
 */
public enum MissionPhase {
  GETTING_STARTED,
  IN_PROGRESS,
  EVALUATING,
  CLOSED
}
