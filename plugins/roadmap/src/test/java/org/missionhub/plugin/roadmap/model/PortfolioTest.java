package org.missionhub.plugin.roadmap.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortfolioTest {

  private static Initiative initiative(String id, LocalDate start, LocalDate end) {
    return new Initiative(
        id, "m", "Initiative " + id, null, InitiativeType.PROJECT, "org-" + id, null, null, List.of(), List.of(), start, end, null, null,
        Lifecycle.ACTIVE, Rag.GREEN, null, null, List.of(), null, 1);
  }

  private static Milestone milestone(String id, String initiative, LocalDate due, MilestoneState state) {
    return new Milestone(id, "m", initiative, "Milestone " + id, due, "org", state, 1);
  }

  @Test
  void aSuccessorStartingBeforeItsPredecessorFinishesIsBroken() {
    // given b starts in March, a finishes in June (finish to start), c starts with a (start to start)
    Initiative a = initiative("a", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 30));
    Initiative b = initiative("b", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 12, 31));
    Initiative c = initiative("c", LocalDate.of(2027, 1, 1), null);
    Dependency finishToStart = new Dependency("d1", "m", ItemRef.initiative("a"), ItemRef.initiative("b"), DependencyKind.FINISH_TO_START);
    Dependency startToStart = new Dependency("d2", "m", ItemRef.initiative("a"), ItemRef.initiative("c"), DependencyKind.START_TO_START);
    Portfolio portfolio = new Portfolio(List.of(), List.of(a, b, c), List.of(), List.of(finishToStart, startToStart));

    // when / then
    assertThat(portfolio.brokenDependencies()).containsExactly(finishToStart);
  }

  @Test
  void aMilestoneThatSlipsPastItsSuccessorsStartBreaksTheDependency() {
    Initiative b = initiative("b", LocalDate.of(2027, 3, 1), null);
    Milestone onTime = milestone("m1", null, LocalDate.of(2027, 2, 1), MilestoneState.PLANNED);
    Milestone slipped = milestone("m1", null, LocalDate.of(2027, 4, 1), MilestoneState.AT_RISK);
    Dependency waits = new Dependency("d", "m", ItemRef.milestone("m1"), ItemRef.initiative("b"), DependencyKind.FINISH_TO_START);

    assertThat(new Portfolio(List.of(), List.of(b), List.of(onTime), List.of(waits)).brokenDependencies()).isEmpty();
    assertThat(new Portfolio(List.of(), List.of(b), List.of(slipped), List.of(waits)).brokenDependencies()).containsExactly(waits);
  }

  @Test
  void theNextMilestoneIsTheEarliestStillOpen() {
    Initiative a = initiative("a", null, null);
    Portfolio portfolio =
        new Portfolio(
            List.of(), List.of(a),
            List.of(
                milestone("reached", "a", LocalDate.of(2027, 1, 1), MilestoneState.REACHED),
                milestone("later", "a", LocalDate.of(2027, 9, 1), MilestoneState.PLANNED),
                milestone("next", "a", LocalDate.of(2027, 5, 1), MilestoneState.AT_RISK),
                milestone("other", null, LocalDate.of(2027, 2, 1), MilestoneState.PLANNED)),
            List.of());

    assertThat(portfolio.nextMilestone("a")).map(Milestone::id).contains("next");
  }
}
