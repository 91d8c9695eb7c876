package org.missionhub.plugin.roadmap.model;

/** What kind of undertaking an initiative is (the type list, after NetZeroCities' action portfolios). */
public enum InitiativeType {
  PROJECT,
  PROGRAMME,
  POLICY,
  PROCUREMENT,
  PILOT,
  INVESTMENT,
  RESEARCH,
  CAPACITY_BUILDING,
  COMMUNICATION
}
