package org.missionhub.api.governance;

/** Status of a risk in the register. OPEN and MITIGATING risks count towards the mission's health. */
public enum RiskStatus {
  OPEN,
  MITIGATING,
  ACCEPTED,
  CLOSED
}
