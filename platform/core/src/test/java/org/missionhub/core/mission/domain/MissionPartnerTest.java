package org.missionhub.core.mission.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.missionhub.core.testing.DomainObjects.T0;
import static org.missionhub.core.testing.DomainObjects.mission;
import static org.missionhub.core.testing.DomainObjects.organisation;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.missionhub.api.mission.PartnerStatus;
import org.missionhub.core.organisation.domain.Organisation;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.shared.ProblemKind;

class MissionPartnerTest {

  private final Organisation lead = organisation("lead-org");
  private final Mission mission = mission(lead);
  private final MissionPartner partner = new MissionPartner(mission, organisation("partner-org"), "inviter", T0);

  private static void assertConflict(ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(ApplicationException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.CONFLICT));
  }

  /** Brings the partnership into {@code status} through its legal transitions. */
  private void moveTo(PartnerStatus status) {
    switch (status) {
      case INVITED -> {}
      case ACCEPTED -> partner.accept(T0.plusDays(1));
      case DECLINED -> partner.decline(T0.plusDays(1));
      case LEFT -> {
        partner.accept(T0.plusDays(1));
        partner.end(false, T0.plusDays(2));
      }
      case REMOVED -> {
        partner.accept(T0.plusDays(1));
        partner.end(true, T0.plusDays(2));
      }
    }
  }

  @Test
  void invitationIsOpenUntilAnswered() {
    // then
    assertThat(partner.status()).isEqualTo(PartnerStatus.INVITED);
    assertThat(partner.invitedBy()).isEqualTo("inviter");
    assertThat(partner.invitedAt()).isEqualTo(T0);
    assertThat(partner.respondedAt()).isNull();
    assertThat(partner.isAccepted()).isFalse();
  }

  @Test
  void acceptingAnInvitationMakesAPartner() {
    // when
    partner.accept(T0.plusDays(1));

    // then
    assertThat(partner.status()).isEqualTo(PartnerStatus.ACCEPTED);
    assertThat(partner.isAccepted()).isTrue();
    assertThat(partner.respondedAt()).isEqualTo(T0.plusDays(1));
  }

  @Test
  void decliningAnInvitationEndsIt() {
    // when
    partner.decline(T0.plusDays(1));

    // then
    assertThat(partner.status()).isEqualTo(PartnerStatus.DECLINED);
    assertThat(partner.respondedAt()).isEqualTo(T0.plusDays(1));
  }

  @ParameterizedTest
  @EnumSource(value = PartnerStatus.class, names = "INVITED", mode = EnumSource.Mode.EXCLUDE)
  void onlyAnOpenInvitationCanBeAnswered(PartnerStatus status) {
    // given
    moveTo(status);

    // when / then
    assertConflict(() -> partner.accept(T0.plusDays(5)));
    assertConflict(() -> partner.decline(T0.plusDays(5)));
    assertThat(partner.status()).isEqualTo(status);
  }

  @Test
  void anAcceptedPartnerCanLeaveOrBeRemoved() {
    // given
    MissionPartner other = new MissionPartner(mission, organisation("other-org"), "inviter", T0);
    partner.accept(T0.plusDays(1));
    other.accept(T0.plusDays(1));

    // when
    partner.end(false, T0.plusDays(2));
    other.end(true, T0.plusDays(2));

    // then
    assertThat(partner.status()).isEqualTo(PartnerStatus.LEFT);
    assertThat(other.status()).isEqualTo(PartnerStatus.REMOVED);
    assertThat(partner.respondedAt()).isEqualTo(T0.plusDays(2));
  }

  @Test
  void theLeadCanWithdrawAnOpenInvitationButTheInviteeCannotLeaveIt() {
    // when / then
    assertConflict(() -> partner.end(false, T0.plusDays(1)));
    partner.end(true, T0.plusDays(1));
    assertThat(partner.status()).isEqualTo(PartnerStatus.REMOVED);
  }

  @ParameterizedTest
  @EnumSource(value = PartnerStatus.class, names = {"DECLINED", "LEFT", "REMOVED"})
  void endedPartnershipsCannotEndAgain(PartnerStatus status) {
    // given
    moveTo(status);

    // when / then
    assertConflict(() -> partner.end(true, T0.plusDays(5)));
    assertConflict(() -> partner.end(false, T0.plusDays(5)));
    assertThat(partner.status()).isEqualTo(status);
  }

  @ParameterizedTest
  @EnumSource(value = PartnerStatus.class, names = {"DECLINED", "LEFT", "REMOVED"})
  void anOrganisationThatDeclinedLeftOrWasRemovedCanBeInvitedAgain(PartnerStatus status) {
    // given
    moveTo(status);

    // when
    partner.reinvite("second-inviter", T0.plusDays(10));

    // then
    assertThat(partner.status()).isEqualTo(PartnerStatus.INVITED);
    assertThat(partner.invitedBy()).isEqualTo("second-inviter");
    assertThat(partner.invitedAt()).isEqualTo(T0.plusDays(10));
    assertThat(partner.respondedAt()).isNull();
    partner.accept(T0.plusDays(11));
    assertThat(partner.isAccepted()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(value = PartnerStatus.class, names = {"INVITED", "ACCEPTED"})
  void aPendingOrActivePartnershipCannotBeReinvited(PartnerStatus status) {
    // given
    moveTo(status);

    // when / then
    assertConflict(() -> partner.reinvite("someone", T0.plusDays(10)));
    assertThat(partner.status()).isEqualTo(status);
    assertThat(partner.invitedAt()).isEqualTo(T0);
  }

  @Test
  void theLeadCannotBeItsOwnMissionsPartner() {
    // when / then
    assertConflict(() -> new MissionPartner(mission, lead, "inviter", T0));
  }
}
