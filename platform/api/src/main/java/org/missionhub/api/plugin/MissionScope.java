package org.missionhub.api.plugin;

import java.util.Set;
import org.missionhub.api.mission.MissionFacts;
import org.missionhub.api.mission.MissionId;
import org.missionhub.api.mission.MissionRole;

/**
 * A request about one mission, which the organisation leads or partners (the platform checked it). Mission
 * data is shared by the lead and its partners: key it by {@link #missionId()}.
 */
public interface MissionScope extends OrganisationScope {

  MissionId missionId();

  /** The mission's title, lead, challenge area, governance mode and phase (contract 1.2.0). */
  MissionFacts mission();

  /** True if the organisation leads the mission (rather than partners it). */
  boolean isLead();

  /** The caller's roles in the mission. */
  Set<MissionRole> roles();

  /** Whether the caller holds a permission, one of the plugin's own ({@code <pluginId>.<name>}). */
  boolean can(String permissionId);

  /** Throws a 403 problem unless the caller holds the permission. */
  default void require(String permissionId) {
    if (!can(permissionId)) {
      throw PluginProblem.forbidden("Your mission roles do not allow this (" + permissionId + ")");
    }
  }
}
