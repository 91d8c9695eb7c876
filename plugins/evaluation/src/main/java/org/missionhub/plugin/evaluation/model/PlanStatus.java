package org.missionhub.plugin.evaluation.model;

/** A plan is a draft until the mission's leaders approve it; changing an approved plan makes it a draft again. */
public enum PlanStatus {
  DRAFT,
  APPROVED
}
