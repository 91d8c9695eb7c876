package org.missionhub.core.mission.application;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.missionhub.api.mission.MissionRole;
import org.missionhub.core.mission.domain.Mission;
import org.missionhub.core.security.MissionPermission;
import org.missionhub.core.security.OrganisationContext;
import org.missionhub.core.shared.ApplicationException;

/**
 * What the caller, working in their current organisation, may do in one mission they can see.
 *
 * @param roles the caller's mission roles held through the current organisation
 */
public record MissionAccess(
    Mission mission, OrganisationContext organisation, Set<MissionRole> roles, Set<MissionPermission> permissions) {

  public MissionAccess {
    Objects.requireNonNull(mission, "mission");
    Objects.requireNonNull(organisation, "organisation");
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    permissions = Set.copyOf(permissions);
  }

  public boolean can(MissionPermission permission) {
    return permissions.contains(permission);
  }

  public void require(MissionPermission permission) {
    if (!can(permission)) {
      throw ApplicationException.forbidden(
          "Your mission roles do not allow this (" + permission.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")");
    }
  }

  /** True when the current organisation leads the mission (rather than being a partner). */
  public boolean isLead() {
    return mission.lead().id().equals(organisation.id());
  }
}
