package org.missionhub.plugin.roadmap.model;

/** Where an initiative is in its life; ACTIVE ones are what a portfolio review goes through. */
public enum Lifecycle {
  IDEA,
  PROPOSED,
  ACTIVE,
  PAUSED,
  COMPLETED,
  STOPPED
}
