package org.missionhub.plugin.roadmap.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DependencyGraphTest {

  private static final ItemRef A = ItemRef.initiative("a");
  private static final ItemRef B = ItemRef.initiative("b");
  private static final ItemRef C = ItemRef.milestone("c");
  private static final ItemRef D = ItemRef.initiative("d");

  private static Dependency edge(ItemRef from, ItemRef to) {
    return new Dependency(from.id() + "-" + to.id(), "m", from, to, DependencyKind.FINISH_TO_START);
  }

  @Test
  void anEdgeBackToTheStartOfAChainClosesACycleNamedAlongItsPath() {
    // given a -> b -> c
    DependencyGraph graph = new DependencyGraph(List.of(edge(A, B), edge(B, C)));

    // when / then: c -> a would close a -> b -> c -> a
    assertThat(graph.cycleClosedBy(C, A)).contains(List.of(C, A, B, C));
  }

  @Test
  void parallelPathsAndNewBranchesCloseNoCycle() {
    DependencyGraph graph = new DependencyGraph(List.of(edge(A, B), edge(B, C), edge(A, D)));

    assertThat(graph.cycleClosedBy(A, C)).isEmpty();
    assertThat(graph.cycleClosedBy(D, C)).isEmpty();
    assertThat(graph.cycleClosedBy(C, D)).isEmpty();
  }

  @Test
  void anItemDependingOnItselfIsACycle() {
    assertThat(new DependencyGraph(List.of()).cycleClosedBy(A, A)).contains(List.of(A, A));
  }
}
