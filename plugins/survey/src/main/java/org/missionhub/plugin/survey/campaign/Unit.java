package org.missionhub.plugin.survey.campaign;

/** What a campaign counts once: a mission (any of its role holders answers for it) or a person. */
public enum Unit {
  MISSION,
  PERSON
}
