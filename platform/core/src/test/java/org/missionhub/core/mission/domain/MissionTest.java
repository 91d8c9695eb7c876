package org.missionhub.core.mission.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.missionhub.core.testing.DomainObjects.T0;
import static org.missionhub.core.testing.DomainObjects.charter;
import static org.missionhub.core.testing.DomainObjects.mission;
import static org.missionhub.core.testing.DomainObjects.organisation;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.missionhub.api.mission.ChallengeArea;
import org.missionhub.api.mission.GovernanceMode;
import org.missionhub.api.mission.MissionPhase;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.shared.FieldError;
import org.missionhub.core.shared.ProblemKind;

class MissionTest {

  private final Mission mission = mission(organisation("lead-org"));

  @Test
  void newMissionStartsGettingStartedWithItsCharter() {
    // given
    Charter charter =
        new Charter("  Safe streets ", " Halve deaths ", ChallengeArea.MOBILITY, "  ", true, null, null, GovernanceMode.HYBRID);

    // when
    Mission created = new Mission(organisation("lead-org"), charter, "creator", T0);

    // then
    assertThat(created.phase()).isEqualTo(MissionPhase.GETTING_STARTED);
    assertThat(created.title()).isEqualTo("Safe streets");
    assertThat(created.statement()).isEqualTo("Halve deaths");
    assertThat(created.targetStatement()).isNull();
    assertThat(created.hasMeasurableTarget()).isFalse();
    assertThat(created.isArchived()).isFalse();
    assertThat(created.createdBy()).isEqualTo("creator");
  }

  @Test
  void endDateBeforeStartDateIsAnInvalidEndDate() {
    // given
    Charter backwards = charter(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 1));

    // when / then
    assertThatThrownBy(() -> new Mission(organisation("lead-org"), backwards, "creator", T0))
        .isInstanceOfSatisfying(
            ApplicationException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(ProblemKind.VALIDATION);
              assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("endDate");
            });
    assertThatThrownBy(() -> mission.updateCharter(backwards, T0.plusDays(1)))
        .isInstanceOfSatisfying(
            ApplicationException.class,
            e -> assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("endDate"));
    assertThat(mission.title()).isEqualTo("Safe streets");
  }

  @Test
  void sameDayOrOpenEndedTimeframesAreValid() {
    // when
    mission.updateCharter(charter(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1)), T0.plusDays(1));
    LocalDate sameDay = mission.endDate();
    mission.updateCharter(charter(LocalDate.of(2026, 1, 1), null), T0.plusDays(2));

    // then
    assertThat(sameDay).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(mission.endDate()).isNull();
    assertThat(mission.updatedAt()).isEqualTo(T0.plusDays(2));
  }

  @Test
  void archivedMissionRefusesChangesUntilRestored() {
    // given
    mission.archive(T0.plusDays(1));

    // when / then
    assertThat(mission.isArchived()).isTrue();
    assertThatThrownBy(() -> mission.updateCharter(charter("New title"), T0.plusDays(2)))
        .isInstanceOfSatisfying(ApplicationException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.CONFLICT));
    assertThatThrownBy(() -> mission.enterPhase(MissionPhase.IN_PROGRESS, T0.plusDays(2)))
        .isInstanceOfSatisfying(ApplicationException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.CONFLICT));
    assertThatThrownBy(() -> mission.archive(T0.plusDays(2)))
        .isInstanceOfSatisfying(ApplicationException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.CONFLICT));
    assertThat(mission.title()).isEqualTo("Safe streets");
    assertThat(mission.phase()).isEqualTo(MissionPhase.GETTING_STARTED);

    // and when restored, it can be changed again
    mission.restore(T0.plusDays(3));
    mission.updateCharter(charter("New title"), T0.plusDays(4));
    assertThat(mission.isArchived()).isFalse();
    assertThat(mission.title()).isEqualTo("New title");
  }

  @Test
  void restoringAMissionThatIsNotArchivedIsAConflict() {
    // when / then
    assertThatThrownBy(() -> mission.restore(T0.plusDays(1)))
        .isInstanceOfSatisfying(ApplicationException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.CONFLICT));
  }

  @Test
  void closedMissionRefusesCharterEditsButCanBeReopenedByAPhaseChange() {
    // given
    mission.enterPhase(MissionPhase.CLOSED, T0.plusDays(1));

    // when / then
    assertThatThrownBy(() -> mission.updateCharter(charter("New title"), T0.plusDays(2)))
        .isInstanceOfSatisfying(ApplicationException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.CONFLICT));
    assertThat(mission.title()).isEqualTo("Safe streets");

    mission.enterPhase(MissionPhase.IN_PROGRESS, T0.plusDays(3));
    mission.updateCharter(charter("New title"), T0.plusDays(4));
    assertThat(mission.title()).isEqualTo("New title");
  }

  @Test
  void enteringTheCurrentPhaseIsRefused() {
    // when / then
    assertThatThrownBy(() -> mission.enterPhase(MissionPhase.GETTING_STARTED, T0.plusDays(1)))
        .isInstanceOfSatisfying(
            ApplicationException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(ProblemKind.VALIDATION);
              assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("phaseTo");
            });
    assertThat(mission.updatedAt()).isEqualTo(T0);
  }

  @Test
  void enteringAnotherPhaseMovesTheMission() {
    // when
    mission.enterPhase(MissionPhase.EVALUATING, T0.plusDays(1));

    // then
    assertThat(mission.phase()).isEqualTo(MissionPhase.EVALUATING);
    assertThat(mission.updatedAt()).isEqualTo(T0.plusDays(1));
  }

  @Test
  void aPartnerTakesTheLeadOfAMissionWhoseLeadIsErased() {
    // given
    var successor = organisation("successor-org");

    // when
    mission.handOverLead(successor, T0.plusDays(1));

    // then
    assertThat(mission.lead()).isSameAs(successor);
    assertThat(mission.updatedAt()).isEqualTo(T0.plusDays(1));
    assertThatThrownBy(() -> mission.handOverLead(successor, T0.plusDays(2)))
        .isInstanceOfSatisfying(ApplicationException.class, e -> assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("handovers"));
  }
}
