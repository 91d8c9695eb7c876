package org.missionhub.plugin.roadmap.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class BaselineChangeTest {

  private static Initiative initiative(String id, LocalDate end, Lifecycle lifecycle, Rag rag) {
    return new Initiative(
        id, "m", "Initiative " + id, null, InitiativeType.PROJECT, "org", null, null, List.of(), List.of(), LocalDate.of(2027, 1, 1), end, null, null,
        lifecycle, rag, rag == Rag.GREEN ? null : "why", null, List.of(), null, 1);
  }

  private static Milestone milestone(String id, LocalDate due, MilestoneState state) {
    return new Milestone(id, "m", "a", "Milestone " + id, due, "org", state, 1);
  }

  private final Portfolio then = new Portfolio(
      List.of(),
      List.of(initiative("a", LocalDate.of(2027, 6, 30), Lifecycle.ACTIVE, Rag.GREEN), initiative("b", LocalDate.of(2028, 1, 1), Lifecycle.ACTIVE, Rag.GREEN)),
      List.of(milestone("m1", LocalDate.of(2027, 3, 1), MilestoneState.PLANNED)),
      List.of());

  private final Baseline baseline = Baseline.of("base", "Gate 1 plan", then, "m", OffsetDateTime.parse("2026-12-01T10:00:00Z"), "Anna Holm");

  @Test
  void nothingChangedGivesNoChanges() {
    assertThat(BaselineChange.between(baseline, then)).isEmpty();
    assertThat(baseline.size()).isEqualTo(3);
  }

  @Test
  void namesWhatMovedByHowManyDaysWhatWasStoppedAddedOrRemovedAndRagChanges() {
    Portfolio today = new Portfolio(
        List.of(),
        List.of(
            initiative("a", LocalDate.of(2027, 9, 30), Lifecycle.ACTIVE, Rag.AMBER),
            initiative("c", LocalDate.of(2029, 1, 1), Lifecycle.PROPOSED, Rag.GREEN)),
        List.of(milestone("m1", LocalDate.of(2027, 2, 20), MilestoneState.REACHED)),
        List.of());

    List<BaselineChange> changes = BaselineChange.between(baseline, today);

    assertThat(changes).extracting(c -> c.ref().id() + ":" + c.aspect() + ":" + c.before() + ">" + c.after() + ":" + c.days())
        .containsExactlyInAnyOrder(
            "a:END:2027-06-30>2027-09-30:92",
            "a:RAG:GREEN>AMBER:null",
            "b:REMOVED:Initiative b>null:null",
            "m1:END:2027-03-01>2027-02-20:-9",
            "m1:STATUS:PLANNED>REACHED:null",
            "c:ADDED:null>Initiative c:null");
    assertThat(changes.get(changes.size() - 1).aspect()).isEqualTo(BaselineChange.Aspect.ADDED);
  }
}
