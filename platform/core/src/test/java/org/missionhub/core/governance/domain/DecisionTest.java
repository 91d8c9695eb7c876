package org.missionhub.core.governance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.missionhub.core.testing.DomainObjects.T0;
import static org.missionhub.core.testing.DomainObjects.mission;
import static org.missionhub.core.testing.DomainObjects.organisation;

import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.missionhub.api.governance.DecisionStatus;
import org.missionhub.api.mission.MissionPhase;
import org.missionhub.core.mission.domain.Mission;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.shared.FieldError;
import org.missionhub.core.shared.ProblemKind;

class DecisionTest {

  private static final LocalDate DECIDED_ON = LocalDate.of(2025, 2, 20);

  private final Mission mission = mission(organisation("lead-org"));

  private static DecisionRecord record(DecisionStatus status, LocalDate decidedOn, String decidedBy, MissionPhase phaseTo) {
    return new DecisionRecord("Start the pilot", "Funding secured", decidedOn, decidedBy, status, phaseTo);
  }

  private static DecisionRecord decided(DecisionStatus status) {
    return record(status, DECIDED_ON, "Steering committee", null);
  }

  private Decision adopted() {
    return new Decision(mission, decided(DecisionStatus.ADOPTED), "recorder", T0);
  }

  private static void assertKind(ThrowingCallable call, ProblemKind kind) {
    assertThatThrownBy(call).isInstanceOfSatisfying(ApplicationException.class, e -> assertThat(e.kind()).isEqualTo(kind));
  }

  private static void assertFieldErrors(ThrowingCallable call, String... fields) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            ApplicationException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(ProblemKind.VALIDATION);
              assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly(fields);
            });
  }

  @Test
  void aNewDecisionWithoutStatusIsProposedAndNeedsNoDecisionDetails() {
    // when
    Decision decision = new Decision(mission, record(null, null, " ", null), "recorder", T0);

    // then
    assertThat(decision.status()).isEqualTo(DecisionStatus.PROPOSED);
    assertThat(decision.isProposed()).isTrue();
    assertThat(decision.decidedBy()).isNull();
    assertThat(decision.recordedBy()).isEqualTo("recorder");
  }

  @Test
  void adoptingNeedsDecidedOnAndDecidedBy() {
    // when / then: at creation
    assertFieldErrors(
        () -> new Decision(mission, record(DecisionStatus.ADOPTED, null, null, null), "recorder", T0),
        "decidedOn",
        "decidedBy");
    assertFieldErrors(
        () -> new Decision(mission, record(DecisionStatus.ADOPTED, DECIDED_ON, "  ", null), "recorder", T0),
        "decidedBy");

    // and when revising a proposal
    Decision proposed = new Decision(mission, record(null, null, null, null), "recorder", T0);
    assertFieldErrors(
        () -> proposed.revise(record(DecisionStatus.ADOPTED, null, "Board", null), T0.plusDays(1)), "decidedOn");
    assertThat(proposed.status()).isEqualTo(DecisionStatus.PROPOSED);
  }

  @Test
  void aProposalWithDecisionDetailsCanBeAdopted() {
    // given
    Decision proposed = new Decision(mission, record(null, null, null, null), "recorder", T0);

    // when
    proposed.revise(decided(DecisionStatus.ADOPTED), T0.plusDays(1));

    // then
    assertThat(proposed.status()).isEqualTo(DecisionStatus.ADOPTED);
    assertThat(proposed.decidedOn()).isEqualTo(DECIDED_ON);
    assertThat(proposed.decidedBy()).isEqualTo("Steering committee");
    assertThat(proposed.updatedAt()).isEqualTo(T0.plusDays(1));
  }

  @Test
  void rejectingAlsoNeedsDecisionDetailsAndIsFinal() {
    // given
    Decision proposed = new Decision(mission, record(null, null, null, null), "recorder", T0);
    assertFieldErrors(() -> proposed.revise(record(DecisionStatus.REJECTED, null, null, null), T0), "decidedOn", "decidedBy");

    // when
    proposed.revise(decided(DecisionStatus.REJECTED), T0.plusDays(1));

    // then
    assertThat(proposed.status()).isEqualTo(DecisionStatus.REJECTED);
    assertKind(() -> proposed.revise(decided(DecisionStatus.REJECTED), T0.plusDays(2)), ProblemKind.CONFLICT);
    assertKind(() -> proposed.revise(decided(DecisionStatus.ADOPTED), T0.plusDays(2)), ProblemKind.CONFLICT);
    assertThat(proposed.status()).isEqualTo(DecisionStatus.REJECTED);
  }

  @Test
  void adoptingAGateDecisionMovesTheMissionAndRecordsWhereItCameFrom() {
    // given
    Decision gate = new Decision(mission, record(null, null, null, MissionPhase.IN_PROGRESS), "recorder", T0);
    assertThat(gate.isGateDecision()).isTrue();
    assertThat(mission.phase()).isEqualTo(MissionPhase.GETTING_STARTED);

    // when
    gate.revise(record(DecisionStatus.ADOPTED, DECIDED_ON, "Board", MissionPhase.IN_PROGRESS), T0.plusDays(1));

    // then
    assertThat(gate.status()).isEqualTo(DecisionStatus.ADOPTED);
    assertThat(gate.phaseFrom()).isEqualTo(MissionPhase.GETTING_STARTED);
    assertThat(gate.phaseTo()).isEqualTo(MissionPhase.IN_PROGRESS);
    assertThat(mission.phase()).isEqualTo(MissionPhase.IN_PROGRESS);
  }

  @Test
  void aGateDecisionRecordedAsAdoptedMovesTheMissionAtOnce() {
    // when
    Decision gate =
        new Decision(mission, record(DecisionStatus.ADOPTED, DECIDED_ON, "Board", MissionPhase.EVALUATING), "recorder", T0);

    // then
    assertThat(gate.phaseFrom()).isEqualTo(MissionPhase.GETTING_STARTED);
    assertThat(mission.phase()).isEqualTo(MissionPhase.EVALUATING);
  }

  @Test
  void aProposedGateDecisionDoesNotMoveTheMission() {
    // when
    Decision gate = new Decision(mission, record(null, null, null, MissionPhase.CLOSED), "recorder", T0);

    // then
    assertThat(gate.phaseFrom()).isNull();
    assertThat(mission.phase()).isEqualTo(MissionPhase.GETTING_STARTED);
  }

  @Test
  void aGateDecisionIntoTheCurrentPhaseCannotBeAdopted() {
    // when / then
    assertFieldErrors(
        () ->
            new Decision(
                mission, record(DecisionStatus.ADOPTED, DECIDED_ON, "Board", MissionPhase.GETTING_STARTED), "recorder", T0),
        "phaseTo");
    assertThat(mission.phase()).isEqualTo(MissionPhase.GETTING_STARTED);
  }

  @Test
  void anAdoptedDecisionCannotBeEdited() {
    // given
    Decision decision = adopted();
    DecisionRecord edited = new DecisionRecord("Another title", "Funding secured", DECIDED_ON, "Steering committee", DecisionStatus.ADOPTED, null);

    // when / then
    assertKind(() -> decision.revise(edited, T0.plusDays(1)), ProblemKind.CONFLICT);
    assertThat(decision.title()).isEqualTo("Start the pilot");
  }

  @Test
  void anAdoptedDecisionCanOnlyBecomeSuperseded() {
    // given
    Decision decision = adopted();

    // when / then: unchanged content keeping ADOPTED is accepted as a no-op
    decision.revise(decided(DecisionStatus.ADOPTED), T0.plusDays(1));
    assertThat(decision.status()).isEqualTo(DecisionStatus.ADOPTED);
    assertFieldErrors(() -> decision.revise(decided(DecisionStatus.REJECTED), T0.plusDays(1)), "status");
    assertFieldErrors(() -> decision.revise(decided(DecisionStatus.PROPOSED), T0.plusDays(1)), "status");

    decision.revise(decided(DecisionStatus.SUPERSEDED), T0.plusDays(2));
    assertThat(decision.status()).isEqualTo(DecisionStatus.SUPERSEDED);
    assertThat(decision.updatedAt()).isEqualTo(T0.plusDays(2));
  }

  @Test
  void supersedingDoesNotAcceptContentChangesEither() {
    // given
    Decision decision = adopted();
    DecisionRecord edited = new DecisionRecord("Start the pilot", "New rationale", DECIDED_ON, "Steering committee", DecisionStatus.SUPERSEDED, null);

    // when / then
    assertKind(() -> decision.revise(edited, T0.plusDays(1)), ProblemKind.CONFLICT);
    assertThat(decision.status()).isEqualTo(DecisionStatus.ADOPTED);
  }

  @ParameterizedTest
  @EnumSource(DecisionStatus.class)
  void aSupersededDecisionIsFinal(DecisionStatus wanted) {
    // given
    Decision decision = adopted();
    decision.revise(decided(DecisionStatus.SUPERSEDED), T0.plusDays(1));

    // when / then
    assertKind(() -> decision.revise(decided(wanted), T0.plusDays(2)), ProblemKind.CONFLICT);
    assertThat(decision.status()).isEqualTo(DecisionStatus.SUPERSEDED);
  }

  @Test
  void aNewDecisionCannotBeSuperseded() {
    // when / then
    assertFieldErrors(() -> new Decision(mission, decided(DecisionStatus.SUPERSEDED), "recorder", T0), "status");
  }

  @Test
  void aProposalCannotBeSupersededDirectly() {
    // given
    Decision proposed = new Decision(mission, record(null, null, null, null), "recorder", T0);

    // when / then
    assertFieldErrors(() -> proposed.revise(decided(DecisionStatus.SUPERSEDED), T0.plusDays(1)), "status");
  }
}
