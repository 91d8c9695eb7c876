package org.missionhub.plugin.evaluation.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TheoryOfChangeTest {

  private static ChangeNode step(String id, NodeKind kind) {
    return new ChangeNode(id, kind, "Step " + id, null, kind == NodeKind.INITIATIVE ? "ini-" + id : null, 1);
  }

  private static ChangeLink link(String from, String to) {
    return new ChangeLink(from + ">" + to, from, to, null, null, 1);
  }

  @Test
  void aLinkThatWouldCloseACycleNamesTheChainItCloses() {
    TheoryOfChange theory = new TheoryOfChange(
        List.of(step("a", NodeKind.OUTCOME), step("b", NodeKind.OUTCOME), step("c", NodeKind.OUTCOME)), List.of(link("a", "b"), link("b", "c"), link("c", null)));

    assertThat(theory.cycleThrough("c", "a", null)).contains(List.of("a", "b", "c"));
    assertThat(theory.cycleThrough("a", "c", null)).as("a shortcut is no cycle").isEmpty();
    assertThat(theory.cycleThrough("c", null, null)).as("the target leads nowhere").isEmpty();
    // changing the link b -> c itself into c -> b: its old ends no longer count
    assertThat(theory.cycleThrough("c", "b", "b>c")).isEmpty();
  }

  @Test
  void theChecksFindStepsThatLeadNowhereAndInitiativesThatContributeToNothing() {
    TheoryOfChange theory = new TheoryOfChange(
        List.of(step("i1", NodeKind.INITIATIVE), step("i2", NodeKind.INITIATIVE), step("gone", NodeKind.INITIATIVE), step("out", NodeKind.OUTPUT),
            step("o1", NodeKind.OUTCOME), step("stray", NodeKind.OUTCOME)),
        List.of(link("i1", "out"), link("out", "o1"), link("o1", null), link("gone", "out")));

    List<TheoryCheck> checks = theory.checks(Map.of("ini-i1", "Counsellors", "ini-i2", "Helpline", "ini-new", "Peer groups"), Set.of("ini-i1", "ini-i2", "ini-new"));

    assertThat(checks).extracting(TheoryCheck::kind, TheoryCheck::nodeId, TheoryCheck::initiativeId).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple(TheoryCheck.Kind.CONTRIBUTES_TO_NOTHING, "i2", "ini-i2"),
        org.assertj.core.groups.Tuple.tuple(TheoryCheck.Kind.INITIATIVE_GONE, "gone", "ini-gone"),
        org.assertj.core.groups.Tuple.tuple(TheoryCheck.Kind.LEADS_NOWHERE, "stray", null),
        org.assertj.core.groups.Tuple.tuple(TheoryCheck.Kind.CONTRIBUTES_TO_NOTHING, null, "ini-new"));
    assertThat(theory.reachingTarget()).containsExactlyInAnyOrder("i1", "out", "o1", "gone");
  }

  @Test
  void stepsWithNothingReachingTheTargetSayso() {
    TheoryOfChange theory = new TheoryOfChange(List.of(step("o", NodeKind.OUTCOME)), List.of());
    assertThat(theory.checks(Map.of(), Set.of())).extracting(TheoryCheck::kind)
        .containsExactlyInAnyOrder(TheoryCheck.Kind.TARGET_UNREACHED, TheoryCheck.Kind.LEADS_NOWHERE);
    assertThat(new TheoryOfChange(List.of(), List.of()).checks(Map.of(), Set.of())).as("an empty theory has nothing wrong yet").isEmpty();
  }
}
