package org.missionhub.core.mission.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.missionhub.api.mission.MissionId;
import org.missionhub.api.mission.MissionRole;
import org.missionhub.core.mission.domain.Mission;
import org.missionhub.core.mission.persistence.MissionRepository;
import org.missionhub.core.mission.persistence.RoleRepository;
import org.missionhub.core.security.MissionPermission;
import org.missionhub.core.security.OrganisationContext;
import org.missionhub.core.security.PermissionMatrix;
import org.missionhub.core.security.RequestContext;
import org.missionhub.core.shared.ApplicationException;

/**
 * The one access check for mission data, used by every service that touches a mission (and, later, by
 * plugins). A mission exists for the caller only if their current organisation leads it or is its accepted
 * partner; otherwise it answers 404, exactly as if it did not exist. What they may do in it comes from
 * their mission roles through {@link PermissionMatrix}: a missing permission answers 403.
 */
@ApplicationScoped
public class MissionAccessGuard {

  @Inject RequestContext request;
  @Inject MissionRepository missions;
  @Inject RoleRepository roles;

  /** Access to a mission the caller can see, or 404. */
  public MissionAccess access(String missionId) {
    OrganisationContext organisation = request.requireOrganisation();
    MissionId id = parse(missionId);
    Mission mission =
        missions
            .find(id)
            // the lead organisation sees its mission without a second look at it
            .filter(m -> m.lead().id().equals(organisation.id()) || missions.isVisibleTo(id, organisation.id()))
            .orElseThrow(() -> ApplicationException.notFound("Mission"));
    Set<MissionRole> held = EnumSet.noneOf(MissionRole.class);
    roles.held(mission, request.caller().subject(), organisation.id()).forEach(r -> held.add(r.role()));
    boolean leadAdmin = organisation.isAdmin() && mission.lead().id().equals(organisation.id());
    return new MissionAccess(mission, organisation, held, PermissionMatrix.permissions(held, leadAdmin));
  }

  /** Access to a mission the caller can see and holds {@code permission} in; 404 or 403 otherwise. */
  public MissionAccess require(String missionId, MissionPermission permission) {
    MissionAccess access = access(missionId);
    access.require(permission);
    return access;
  }

  private static MissionId parse(String missionId) {
    try {
      return new MissionId(UUID.fromString(missionId));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw ApplicationException.notFound("Mission");
    }
  }
}
