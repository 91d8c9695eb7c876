package org.missionhub.plugin.roadmap.model;

/** The traffic-light status of an initiative: on track, at risk, in trouble. */
public enum Rag {
  GREEN,
  AMBER,
  RED
}
