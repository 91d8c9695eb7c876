package org.missionhub.plugin.evaluation.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionhub.plugin.evaluation.model.ChangeLink;
import org.missionhub.plugin.evaluation.model.ChangeNode;
import org.missionhub.plugin.evaluation.model.NodeKind;
import org.missionhub.plugin.evaluation.model.TheoryOfChange;

class TheoryLayoutTest {

  private static ChangeNode step(String id, NodeKind kind) {
    return new ChangeNode(id, kind, id, null, kind == NodeKind.INITIATIVE ? "ini-" + id : null, 1);
  }

  private static ChangeLink link(String from, String to) {
    return new ChangeLink(from + ">" + to, from, to, null, null, 1);
  }

  @Test
  void columnsFollowTheKindsAndTheTargetComesLast() {
    TheoryOfChange theory = new TheoryOfChange(
        List.of(step("o", NodeKind.OUTCOME), step("i", NodeKind.INITIATIVE), step("x", NodeKind.OUTPUT), step("o2", NodeKind.OUTCOME)),
        List.of(link("i", "x"), link("x", "o"), link("o", "o2"), link("o2", null)));

    TheoryLayout layout = new TheoryLayout(theory);

    assertThat(layout.place("i").column()).isZero();
    assertThat(layout.place("x").column()).isEqualTo(1);
    assertThat(layout.place("o").column()).isEqualTo(2);
    assertThat(layout.place("o2").column()).as("an outcome led to by an outcome goes one further").isEqualTo(3);
    assertThat(layout.place(null).column()).isEqualTo(4);
  }

  @Test
  void aKindNobodyUsedLeavesNoEmptyColumn() {
    // initiatives straight to an outcome: no outputs, so the outcome is in the second column, the target the third
    TheoryOfChange theory = new TheoryOfChange(List.of(step("i", NodeKind.INITIATIVE), step("o", NodeKind.OUTCOME)), List.of(link("i", "o"), link("o", null)));

    TheoryLayout layout = new TheoryLayout(theory);

    assertThat(layout.columns()).containsExactly(List.of("i"), List.of("o"), List.of(TheoryLayout.TARGET));
  }

  @Test
  void stepsAreOrderedSoThatLinksDoNotCross() {
    // created in the order that crosses: a -> y and b -> x with x above y
    TheoryOfChange theory = new TheoryOfChange(
        List.of(step("a", NodeKind.INITIATIVE), step("b", NodeKind.INITIATIVE), step("x", NodeKind.OUTPUT), step("y", NodeKind.OUTPUT)),
        List.of(link("a", "y"), link("b", "x"), link("x", null), link("y", null)));

    TheoryLayout layout = new TheoryLayout(theory);

    assertThat(layout.place("a").row() < layout.place("b").row()).isEqualTo(layout.place("y").row() < layout.place("x").row());
  }

  @Test
  void aLinkAcrossSeveralColumnsPassesThroughSlotsOfItsOwn() {
    // the chat line leads straight to the outcome, past the output's column
    TheoryOfChange theory = new TheoryOfChange(
        List.of(step("c", NodeKind.INITIATIVE), step("chat", NodeKind.INITIATIVE), step("x", NodeKind.OUTPUT), step("o", NodeKind.OUTCOME)),
        List.of(link("c", "x"), link("x", "o"), link("chat", "o"), link("o", null)));

    TheoryLayout layout = new TheoryLayout(theory);

    assertThat(layout.waypoints("chat>o")).hasSize(1);
    TheoryLayout.Place waypoint = layout.waypoints("chat>o").get(0);
    assertThat(waypoint.column()).isEqualTo(layout.place("x").column());
    assertThat(waypoint).isNotEqualTo(layout.place("x"));
    assertThat(layout.waypoints("c>x")).as("neighbouring columns need none").isEmpty();
    assertThat(layout.waypoints("o>null")).isEmpty();
  }

  @Test
  void anEmptyTheoryHasOnlyTheTarget() {
    TheoryLayout layout = new TheoryLayout(new TheoryOfChange(List.of(), List.of()));
    assertThat(layout.columns()).containsExactly(List.of(TheoryLayout.TARGET));
  }
}
