package org.missionhub.plugin.funding.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Commitments in force cover an initiative's needs earliest year first; years add up over initiatives. */
class CoverageTest {

  private static final Currency EUR = Currency.getInstance("EUR");

  @Test
  void commitmentsCoverTheEarliestYearFirstAndExpiredOnesNothing() {
    Funder state = new Funder("s", "m", "State", null, SourceType.NATIONAL_STATE, Instrument.GRANT, 1);
    FundingPlan plan = new FundingPlan(new Rates(EUR, List.of()), List.of(state),
        List.of(need("a", 2027, "100.00"), need("a", 2028, "100.00"), need("b", 2027, "50.00")),
        List.of(commitment("1", "a", "150.00", null), commitment("2", "b", "80.00", "2026-01-31"), commitment("3", "b", "20.00", null)));
    Coverage coverage = new Coverage(plan, LocalDate.of(2026, 12, 6));

    // a: 150 covers 2027's 100 and 50 of 2028; b: the expired 80 counts for nothing, 20 of 50
    assertThat(coverage.of("a")).extracting(Coverage.Year::covered).usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("100"), new BigDecimal("50"));
    assertThat(coverage.of("b").get(0).uncovered()).isEqualByComparingTo("30.00");
    List<Coverage.Year> years = coverage.years(List.of("a", "b"));
    assertThat(years).extracting(Coverage.Year::year).containsExactly(2027, 2028);
    assertThat(years.get(0).needed()).isEqualByComparingTo("150.00");
    assertThat(years.get(0).covered()).isEqualByComparingTo("120.00");
    assertThat(years.get(1).uncovered()).isEqualByComparingTo("50.00");
  }

  private static Need need(String initiative, int year, String amount) {
    return new Need(initiative + year, "m", initiative, year, Money.of(amount, "EUR"), 1);
  }

  private static Flow commitment(String id, String initiative, String amount, String expires) {
    return new Flow(id, "m", "s", initiative, Stage.COMMITMENT, LocalDate.of(2026, 1, 10), Money.of(amount, "EUR"), false,
        expires == null ? null : LocalDate.parse(expires), null, "w", 1);
  }
}
