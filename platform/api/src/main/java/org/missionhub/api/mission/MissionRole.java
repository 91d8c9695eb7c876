package org.missionhub.api.mission;

/**
 * The roles a person can hold in a mission (the seed survey's vocabulary). What each role may do is defined
 * once, in the platform's permission matrix. A mission always keeps at least one LEADER.
 */
public enum MissionRole {
  LEADER,
  COORDINATOR,
  INITIATOR,
  IMPLEMENTER,
  PARTICIPANT,
  OBSERVER
}
