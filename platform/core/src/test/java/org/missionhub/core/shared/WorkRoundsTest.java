package org.missionhub.core.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A round takes what is due batch after batch, one round at a time, and a failing round leaves the next to try. */
class WorkRoundsTest {

  @Test
  void aRoundTakesBatchAfterBatchUntilOneIsNotFull() {
    List<String> queue = new ArrayList<>(IntStream.range(0, 7).mapToObj(i -> "item-" + i).toList());
    List<String> done = new ArrayList<>();
    List<String> order = new ArrayList<>();
    WorkRounds rounds = new WorkRounds("test work", 3, () -> order.add("before"), n -> List.copyOf(queue.subList(0, Math.min(n, queue.size()))), id -> {
      queue.remove(id);
      done.add(id);
    });

    rounds.run();

    assertThat(done).hasSize(7).startsWith("item-0", "item-1", "item-2");
    assertThat(order).containsExactly("before");
    assertThat(queue).isEmpty();
  }

  @Test
  void aRoundInProgressIsNotJoinedAndAFailedOneLeavesTheNextToTry() {
    List<String> done = new ArrayList<>();
    WorkRounds[] holder = new WorkRounds[1];
    boolean[] fail = {true};
    holder[0] = new WorkRounds("test work", 10, n -> List.of("only"), id -> {
      holder[0].run(); // a round asked for while one runs does nothing
      if (fail[0]) {
        throw new IllegalStateException("the database went away");
      }
      done.add(id);
    });

    holder[0].run();
    fail[0] = false;
    holder[0].run();

    assertThat(done).containsExactly("only");
  }
}
