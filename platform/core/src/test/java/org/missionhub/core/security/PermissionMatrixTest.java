package org.missionhub.core.security;

import static org.assertj.core.api.Assertions.assertThat;
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

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.missionhub.api.mission.MissionRole;

/** The permission table of {@link PermissionMatrix}'s javadoc, row by row. */
class PermissionMatrixTest {

  static Stream<Arguments> table() {
    Set<MissionPermission> observer = EnumSet.of(VIEW);
    Set<MissionPermission> participant = EnumSet.of(VIEW, COMMENT);
    Set<MissionPermission> contributor = EnumSet.of(VIEW, COMMENT, PROPOSE_DECISION, MANAGE_RISKS);
    Set<MissionPermission> coordinator =
        EnumSet.of(VIEW, COMMENT, PROPOSE_DECISION, MANAGE_RISKS, EDIT_CHARTER, RECORD_DECISIONS, MANAGE_GOVERNANCE_BODIES, FACILITATE_WORKSHOPS);
    Set<MissionPermission> leader = EnumSet.allOf(MissionPermission.class);
    return Stream.of(
        Arguments.of(MissionRole.OBSERVER, observer),
        Arguments.of(MissionRole.PARTICIPANT, participant),
        Arguments.of(MissionRole.INITIATOR, contributor),
        Arguments.of(MissionRole.IMPLEMENTER, contributor),
        Arguments.of(MissionRole.COORDINATOR, coordinator),
        Arguments.of(MissionRole.LEADER, leader));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void eachRoleGrantsExactlyItsRowOfTheTable(MissionRole role, Set<MissionPermission> expected) {
    // when
    Set<MissionPermission> alone = PermissionMatrix.of(role);
    Set<MissionPermission> held = PermissionMatrix.permissions(List.of(role), false);

    // then
    assertThat(alone).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(held).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void leaderHoldsEveryPermission() {
    // when
    Set<MissionPermission> leader = PermissionMatrix.of(MissionRole.LEADER);

    // then
    assertThat(leader).containsExactlyInAnyOrder(MissionPermission.values());
    assertThat(leader).contains(CHANGE_PHASE, MANAGE_PARTNERS, ASSIGN_ROLES, ARCHIVE);
  }

  @Test
  void everyoneWhoSeesTheMissionMayViewItEvenWithoutRoles() {
    // when
    Set<MissionPermission> none = PermissionMatrix.permissions(List.of(), false);

    // then
    assertThat(none).containsExactly(VIEW);
  }

  @ParameterizedTest
  @EnumSource(MissionRole.class)
  void everyRoleIncludesView(MissionRole role) {
    // when / then
    assertThat(PermissionMatrix.permissions(List.of(role), false)).contains(VIEW);
    assertThat(PermissionMatrix.permissions(List.of(role), true)).contains(VIEW, ASSIGN_ROLES);
  }

  @Test
  void leadOrganisationAdminMayAssignRolesWithoutAMissionRole() {
    // when
    Set<MissionPermission> admin = PermissionMatrix.permissions(List.of(), true);
    Set<MissionPermission> observingAdmin = PermissionMatrix.permissions(List.of(MissionRole.OBSERVER), true);

    // then: ASSIGN_ROLES and nothing else a LEADER has
    assertThat(admin).containsExactlyInAnyOrder(VIEW, ASSIGN_ROLES);
    assertThat(observingAdmin).containsExactlyInAnyOrder(VIEW, ASSIGN_ROLES);
  }

  @ParameterizedTest
  @EnumSource(value = MissionRole.class, names = "LEADER", mode = EnumSource.Mode.EXCLUDE)
  void onlyLeadersAssignRolesUnlessLeadOrganisationAdmin(MissionRole role) {
    // when / then
    assertThat(PermissionMatrix.permissions(List.of(role), false)).doesNotContain(ASSIGN_ROLES, CHANGE_PHASE, ARCHIVE);
  }

  @Test
  void severalRolesGrantTheUnionOfTheirPermissions() {
    // when
    Set<MissionPermission> granted =
        PermissionMatrix.permissions(List.of(MissionRole.PARTICIPANT, MissionRole.IMPLEMENTER), false);

    // then
    assertThat(granted).containsExactlyInAnyOrder(VIEW, COMMENT, PROPOSE_DECISION, MANAGE_RISKS);
  }

  @Test
  void returnedSetsAreCopiesThatCannotChangeTheMatrix() {
    // given
    Set<MissionPermission> leader = PermissionMatrix.of(MissionRole.LEADER);
    Set<MissionPermission> observer = PermissionMatrix.permissions(List.of(MissionRole.OBSERVER), false);

    // when
    leader.clear();
    observer.add(ARCHIVE);

    // then
    assertThat(PermissionMatrix.of(MissionRole.LEADER)).containsExactlyInAnyOrder(MissionPermission.values());
    assertThat(PermissionMatrix.permissions(List.of(MissionRole.OBSERVER), false)).containsExactly(VIEW);
  }
}
