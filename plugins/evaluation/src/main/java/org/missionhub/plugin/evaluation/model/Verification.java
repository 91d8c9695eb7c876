package org.missionhub.plugin.evaluation.model;

/** Where a reported value stands: as reported, checked by the mission's leaders, or disputed by them. */
public enum Verification {
  REPORTED,
  VERIFIED,
  /** Not counted in progress until it is corrected and reported again. */
  DISPUTED
}
