package org.missionhub.core.security;

/** What someone may do in a mission. Granted by {@link PermissionMatrix}, never checked ad hoc. */
public enum MissionPermission {
  /** Read the mission, its partners, people, governance records and discussion. */
  VIEW,
  /** Take part in the mission's discussion. */
  COMMENT,
  /** Put a decision on the log as PROPOSED. */
  PROPOSE_DECISION,
  /** Add and edit risks in the register. */
  MANAGE_RISKS,
  /** Edit the mission charter: title, statement, challenge area, target, timeframe, governance mode. */
  EDIT_CHARTER,
  /** Record, edit, adopt, reject and supersede decisions; moderate the discussion. */
  RECORD_DECISIONS,
  /** Create, edit and remove governance bodies. */
  MANAGE_GOVERNANCE_BODIES,
  /** Prepare peer-exchange workshops and run them through their phases; remove any note (moderation). */
  FACILITATE_WORKSHOPS,
  /** Adopt a gate decision that moves the mission to another phase. */
  CHANGE_PHASE,
  /** Invite and remove partner organisations. */
  MANAGE_PARTNERS,
  /** Give people mission roles and take them away. */
  ASSIGN_ROLES,
  /** Archive and restore the mission. */
  ARCHIVE
}
