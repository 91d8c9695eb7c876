package org.missionhub.api.governance;

/**
 * Status of an entry in a mission's decision log. PROPOSED may become ADOPTED or REJECTED; ADOPTED may
 * become SUPERSEDED. REJECTED and SUPERSEDED are final: the log keeps its history.
 */
public enum DecisionStatus {
  PROPOSED,
  ADOPTED,
  REJECTED,
  SUPERSEDED
}
