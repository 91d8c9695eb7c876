package org.missionhub.api.mission;

/**
 * State of an organisation's partnership in a mission. Only ACCEPTED partners see the mission. INVITED may
 * become ACCEPTED or DECLINED; ACCEPTED may become LEFT (the partner leaves) or REMOVED (the lead removes
 * it). A declined, left or removed organisation can be invited again.
 */
public enum PartnerStatus {
  INVITED,
  ACCEPTED,
  DECLINED,
  LEFT,
  REMOVED
}
