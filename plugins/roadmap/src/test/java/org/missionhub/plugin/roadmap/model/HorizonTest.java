package org.missionhub.plugin.roadmap.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HorizonTest {

  private static final LocalDate START = LocalDate.of(2026, 1, 1);

  @Test
  void underTwoYearsIsShortTwoToFiveMediumOverFiveLong() {
    assertThat(Horizon.of(START, START.plusYears(2).minusDays(1))).contains(Horizon.SHORT);
    assertThat(Horizon.of(START, START.plusYears(2))).contains(Horizon.MEDIUM);
    assertThat(Horizon.of(START, START.plusYears(5))).contains(Horizon.MEDIUM);
    assertThat(Horizon.of(START, START.plusYears(5).plusDays(1))).contains(Horizon.LONG);
  }

  @Test
  void withoutBothDatesThereIsNoHorizon() {
    assertThat(Horizon.of(null, START)).isEmpty();
    assertThat(Horizon.of(START, null)).isEmpty();
    assertThat(Horizon.of(START, START.minusDays(1))).isEmpty();
  }
}
