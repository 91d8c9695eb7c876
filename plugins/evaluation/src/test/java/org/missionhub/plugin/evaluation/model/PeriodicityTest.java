package org.missionhub.plugin.evaluation.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodicityTest {

  @Test
  void periodsAreReadAndWrittenAsPeopleWriteThem() {
    assertThat(Periodicity.YEARLY.parse("2027")).contains(LocalDate.of(2027, 1, 1));
    assertThat(Periodicity.QUARTERLY.parse("2027-q3")).contains(LocalDate.of(2027, 7, 1));
    assertThat(Periodicity.MONTHLY.parse(" 2027-11 ")).contains(LocalDate.of(2027, 11, 1));
    assertThat(Periodicity.QUARTERLY.name(LocalDate.of(2027, 10, 1))).isEqualTo("2027-Q4");
    assertThat(Periodicity.MONTHLY.name(LocalDate.of(2027, 3, 1))).isEqualTo("2027-03");
  }

  @Test
  void aPeriodOfAnotherPeriodicityOrNoPeriodIsRefused() {
    assertThat(Periodicity.YEARLY.parse("2027-Q1")).isEmpty();
    assertThat(Periodicity.QUARTERLY.parse("2027-Q5")).isEmpty();
    assertThat(Periodicity.MONTHLY.parse("2027-13")).isEmpty();
    assertThat(Periodicity.MONTHLY.parse(null)).isEmpty();
  }

  @Test
  void aPeriodEndsTheDayBeforeTheNextBegins() {
    assertThat(Periodicity.QUARTERLY.end(LocalDate.of(2027, 1, 1))).isEqualTo(LocalDate.of(2027, 3, 31));
    assertThat(Periodicity.MONTHLY.end(LocalDate.of(2028, 2, 1))).isEqualTo(LocalDate.of(2028, 2, 29));
    assertThat(Periodicity.QUARTERLY.periodOf(LocalDate.of(2027, 8, 15))).isEqualTo(LocalDate.of(2027, 7, 1));
  }
}
