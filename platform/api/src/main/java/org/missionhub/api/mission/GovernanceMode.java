package org.missionhub.api.mission;

/**
 * How a mission was set and is driven: by government bodies (TOP_DOWN), by the stakeholder ecosystem
 * (BOTTOM_UP), or a mix of both (HYBRID).
 */
public enum GovernanceMode {
  TOP_DOWN,
  BOTTOM_UP,
  HYBRID
}
