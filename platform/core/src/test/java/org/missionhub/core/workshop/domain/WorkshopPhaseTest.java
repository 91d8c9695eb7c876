package org.missionhub.core.workshop.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.missionhub.core.workshop.domain.WorkshopPhase.BREAKOUT;
import static org.missionhub.core.workshop.domain.WorkshopPhase.CLOSED;
import static org.missionhub.core.workshop.domain.WorkshopPhase.DRAFT;
import static org.missionhub.core.workshop.domain.WorkshopPhase.POSTING;
import static org.missionhub.core.workshop.domain.WorkshopPhase.REVEALED;
import static org.missionhub.core.workshop.domain.WorkshopPhase.VOTING;

import org.junit.jupiter.api.Test;

class WorkshopPhaseTest {

  @Test
  void aWorkshopMovesOneStepForwardOrSkipsTheGroups() {
    assertThat(DRAFT.canMoveTo(POSTING)).isTrue();
    assertThat(POSTING.canMoveTo(REVEALED)).isTrue();
    assertThat(REVEALED.canMoveTo(BREAKOUT)).isTrue();
    assertThat(REVEALED.canMoveTo(VOTING)).isTrue();
    assertThat(BREAKOUT.canMoveTo(VOTING)).isTrue();
    assertThat(VOTING.canMoveTo(CLOSED)).isTrue();
    assertThat(DRAFT.canMoveTo(REVEALED)).isFalse();
    assertThat(POSTING.canMoveTo(VOTING)).isFalse();
    assertThat(VOTING.canMoveTo(REVEALED)).isFalse();
    assertThat(CLOSED.canMoveTo(DRAFT)).isFalse();
    assertThat(POSTING.canMoveTo(POSTING)).isFalse();
  }

  @Test
  void notesAreSilentUntilTheReveal() {
    assertThat(POSTING.showsAllNotes()).isFalse();
    assertThat(REVEALED.showsAllNotes()).isTrue();
    assertThat(POSTING.acceptsNotes()).isTrue();
    assertThat(VOTING.acceptsNotes()).isFalse();
    assertThat(POSTING.acceptsClustering()).isFalse();
    assertThat(BREAKOUT.acceptsClustering()).isTrue();
    assertThat(REVEALED.hasGroups()).isFalse();
    assertThat(CLOSED.acceptsParticipants()).isFalse();
  }
}
