package org.missionhub.core.security;

import static org.missionhub.core.security.MissionPermission.ARCHIVE;
import static org.missionhub.core.security.MissionPermission.ASSIGN_ROLES;
import static org.missionhub.core.security.MissionPermission.CHANGE_PHASE;
import static org.missionhub.core.security.MissionPermission.COMMENT;
import static org.missionhub.core.security.MissionPermission.EDIT_CHARTER;
import static org.missionhub.core.security.MissionPermission.MANAGE_GOVERNANCE_BODIES;
import static org.missionhub.core.security.MissionPermission.FACILITATE_WORKSHOPS;
import static org.missionhub.core.security.MissionPermission.MANAGE_PARTNERS;
import static org.missionhub.core.security.MissionPermission.MANAGE_RISKS;
import static org.missionhub.core.security.MissionPermission.PROPOSE_DECISION;
import static org.missionhub.core.security.MissionPermission.RECORD_DECISIONS;
import static org.missionhub.core.security.MissionPermission.VIEW;

import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.missionhub.api.mission.MissionRole;

/**
 * The mission permission matrix, written once (docs/architecture.md shows the same table).
 *
 * <ul>
 *   <li>Every member of the lead or of an accepted partner organisation may VIEW the mission.
 *   <li>Mission roles add permissions: OBSERVER reads; PARTICIPANT also comments; INITIATOR and IMPLEMENTER
 *       also propose decisions and manage risks; COORDINATOR also edits the charter and all governance
 *       records and facilitates workshops; LEADER also changes the phase, the partners, the roles, and archives.
 *   <li>An ORG_ADMIN of the lead organisation may ASSIGN_ROLES without holding a mission role, so that an
 *       organisation can always hand a mission over when its people leave.
 * </ul>
 */
public final class PermissionMatrix {

  private static final Map<MissionRole, Set<MissionPermission>> BY_ROLE = new EnumMap<>(MissionRole.class);

  static {
    Set<MissionPermission> observer = EnumSet.of(VIEW);
    Set<MissionPermission> participant = with(observer, COMMENT);
    Set<MissionPermission> contributor = with(participant, PROPOSE_DECISION, MANAGE_RISKS);
    Set<MissionPermission> coordinator = with(contributor, EDIT_CHARTER, RECORD_DECISIONS, MANAGE_GOVERNANCE_BODIES, FACILITATE_WORKSHOPS);
    Set<MissionPermission> leader = with(coordinator, CHANGE_PHASE, MANAGE_PARTNERS, ASSIGN_ROLES, ARCHIVE);
    BY_ROLE.put(MissionRole.OBSERVER, observer);
    BY_ROLE.put(MissionRole.PARTICIPANT, participant);
    BY_ROLE.put(MissionRole.IMPLEMENTER, contributor);
    BY_ROLE.put(MissionRole.INITIATOR, contributor);
    BY_ROLE.put(MissionRole.COORDINATOR, coordinator);
    BY_ROLE.put(MissionRole.LEADER, leader);
  }

  private PermissionMatrix() {}

  /** The permissions of someone who can see the mission, holds these roles, and is or is not a lead ORG_ADMIN. */
  public static Set<MissionPermission> permissions(Collection<MissionRole> roles, boolean leadOrganisationAdmin) {
    Set<MissionPermission> granted = EnumSet.of(VIEW);
    roles.forEach(role -> granted.addAll(BY_ROLE.get(role)));
    if (leadOrganisationAdmin) {
      granted.add(ASSIGN_ROLES);
    }
    return granted;
  }

  /** The permissions one role grants on its own. */
  public static Set<MissionPermission> of(MissionRole role) {
    return EnumSet.copyOf(BY_ROLE.get(role));
  }

  private static Set<MissionPermission> with(Set<MissionPermission> base, MissionPermission... more) {
    Set<MissionPermission> result = EnumSet.copyOf(base);
    result.addAll(Set.of(more));
    return result;
  }
}
