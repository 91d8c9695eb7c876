package org.missionhub.plugin.roadmap.model;

/**
 * How a successor depends on its predecessor: it starts once the predecessor finished, or once the
 * predecessor started.
 */
public enum DependencyKind {
  FINISH_TO_START,
  START_TO_START
}
