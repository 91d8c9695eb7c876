package org.missionhub.core.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RecentRowsTest {

  private record Row(String id, OffsetDateTime at) {}

  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T12:00:00Z"));
  private final List<Row> table = new ArrayList<>();
  private final List<String> actedOn = new ArrayList<>();
  private final AtomicInteger forgotten = new AtomicInteger();

  private RecentRows<Row> rounds() {
    TimeSource time = new TimeSource(clock);
    return new RecentRows<>("rows", Duration.ofMinutes(1), Duration.ofMinutes(10), time,
        since -> table.stream().filter(r -> !r.at().isBefore(since)).toList(), Row::id,
        row -> {
          if (row.id().startsWith("broken")) {
            throw new IllegalStateException("cannot act on " + row.id());
          }
          actedOn.add(row.id());
        },
        forgotten::incrementAndGet);
  }

  private OffsetDateTime now() {
    return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  @Test
  void eachRowOfTheWindowIsActedOnOnce() {
    RecentRows<Row> rounds = rounds();
    table.add(new Row("old", now().minusMinutes(2)));
    table.add(new Row("a", now().minusSeconds(10)));
    rounds.run();
    table.add(new Row("b", now()));
    rounds.run();
    rounds.run();

    assertThat(actedOn).containsExactly("a", "b");
  }

  @Test
  void aRowThisServerHandledItselfIsLeftAlone() {
    RecentRows<Row> rounds = rounds();
    table.add(new Row("mine", now()));
    rounds.handled("mine");
    table.add(new Row("theirs", now()));
    rounds.run();

    assertThat(actedOn).containsExactly("theirs");
  }

  @Test
  void aRowThatCannotBeActedOnDoesNotStopTheOthers() {
    RecentRows<Row> rounds = rounds();
    table.add(new Row("broken", now()));
    table.add(new Row("fine", now()));
    rounds.run();

    assertThat(actedOn).containsExactly("fine");
  }

  @Test
  void oldRowsAreForgottenAtTheFirstRoundThenNowAndThen() {
    RecentRows<Row> rounds = rounds();
    rounds.run();
    clock.advance(Duration.ofMinutes(5));
    rounds.run();
    assertThat(forgotten).hasValue(1);
    clock.advance(Duration.ofMinutes(6));
    rounds.run();
    assertThat(forgotten).hasValue(2);
  }

  /** A clock the test moves. */
  private static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
