package org.missionhub.api.governance;

/**
 * Status of a risk in the register. OPEN and MITIGATING risks count towards the mission's health. PROPOSED
 * (contract 1.4.0) is a starting risk MissionHub suggests for a new mission, counted nowhere until someone
 * managing the risks accepts it (it becomes OPEN) or dismisses it (it is deleted).
 */
public enum RiskStatus {
  PROPOSED,
  OPEN,
  MITIGATING,
  ACCEPTED,
  CLOSED
}
