package org.missionhub.plugin.funding.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Money, conversion and the gap analysis on hand-computed cases. */
class FundingPlanTest {

  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Currency DKK = Currency.getInstance("DKK");

  // 1 DKK = 0.1341 EUR from 2026, 0.1340 from July 2026
  private final Rates rates = new Rates(EUR, List.of(
      new Rates.Rate(DKK, LocalDate.of(2026, 7, 1), new BigDecimal("0.1340")),
      new Rates.Rate(DKK, LocalDate.of(2026, 1, 1), new BigDecimal("0.1341"))));

  @Test
  void anAmountConvertsAtTheRateOfItsDayExactlyAndTotalsRoundHalfToEven() {
    assertThat(rates.convert(Money.of("1000.00", "DKK"), LocalDate.of(2026, 3, 1))).contains(new BigDecimal("134.100000"));
    assertThat(rates.convert(Money.of("1000.00", "DKK"), LocalDate.of(2026, 7, 1))).contains(new BigDecimal("134.000000"));
    assertThat(rates.convert(Money.of("1000.00", "DKK"), LocalDate.of(2025, 12, 31))).as("before the first rate").isEmpty();
    assertThat(rates.convert(Money.of("12.34", "EUR"), LocalDate.of(2020, 1, 1))).contains(new BigDecimal("12.34"));
    assertThat(rates.rounded(new BigDecimal("0.125"))).isEqualByComparingTo("0.12");
    assertThat(rates.rounded(new BigDecimal("0.135"))).isEqualByComparingTo("0.14");
  }

  @Test
  void moneyHasNoMoreDecimalsThanItsCurrency() {
    assertThat(Money.of("10.5", "EUR").code()).isEqualTo("EUR");
    assertThatThrownBy(() -> Money.of("10.005", "EUR")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Money.of("10.5", "JPY")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Money.of("10", "XYZ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theGapIsTheNeedNotYetCommittedEachStageSummedInTheMissionsCurrency() {
    Funder ministry = new Funder("f1", "m", "Ministry", "org-1", SourceType.NATIONAL_STATE, Instrument.GRANT, 1);
    Funder foundation = new Funder("f2", "m", "Foundation", null, SourceType.PHILANTHROPIC_FOUNDATION, Instrument.GRANT, 1);
    FundingPlan plan = new FundingPlan(rates, List.of(ministry, foundation),
        List.of(new Need("n1", "m", "school", 2026, Money.of("100000.00", "EUR"), 1), new Need("n2", "m", "school", 2027, Money.of("1000000.00", "DKK"), 1)),
        List.of(
            flow("a", ministry, Stage.PLEDGE, "2026-02-01", "90000.00", "EUR"),
            flow("b", ministry, Stage.COMMITMENT, "2026-03-01", "60000.00", "EUR"),
            flow("c", foundation, Stage.COMMITMENT, "2026-08-01", "100000.00", "DKK"),
            flow("d", ministry, Stage.DISBURSEMENT, "2026-04-01", "30000.00", "EUR"),
            flow("e", ministry, Stage.EXPENDITURE, "2026-05-01", "12345.67", "EUR"),
            flow("f", foundation, Stage.PLEDGE, "2025-06-01", "5000.00", "DKK")));

    Gap school = plan.gaps(List.of("school", "chat")).get(0);

    // needed: 100,000 + 1,000,000 DKK x 0.1340 (1 January 2027) = 234,000.00
    assertThat(school.needed()).isEqualByComparingTo("234000.00");
    // pledged 90,000 (the 2025 DKK pledge has no rate: left out, and named)
    assertThat(school.pledged()).isEqualByComparingTo("90000.00");
    // committed 60,000 + 100,000 DKK x 0.1340 = 73,400.00
    assertThat(school.committed()).isEqualByComparingTo("73400.00");
    assertThat(school.disbursed()).isEqualByComparingTo("30000.00");
    assertThat(school.spent()).isEqualByComparingTo("12345.67");
    assertThat(school.uncommitted()).isEqualByComparingTo("160600.00");
    assertThat(school.committedShare()).isEqualByComparingTo("31.4");
    assertThat(plan.unconverted()).containsExactly("f");
    Gap chat = plan.gaps(List.of("school", "chat")).get(1);
    assertThat(chat.needed()).isZero();
    assertThat(chat.committedShare()).isNull();
  }

  @Test
  void theNextTwelveMonthsNeedCountsEachYearForItsMonthsAndOnlyLiveCommitmentsCover() {
    Funder ministry = new Funder("f1", "m", "Ministry", null, SourceType.NATIONAL_STATE, Instrument.GRANT, 1);
    // from October 2026: 3 months of 2026 (120,000 / 4 = 30,000) and 9 of 2027 (240,000 x 3/4 = 180,000) = 210,000
    FundingPlan plan = new FundingPlan(rates, List.of(ministry),
        List.of(new Need("n1", "m", "school", 2026, Money.of("120000.00", "EUR"), 1), new Need("n2", "m", "school", 2027, Money.of("240000.00", "EUR"), 1),
            new Need("n3", "m", "school", 2029, Money.of("999999.00", "EUR"), 1)),
        List.of(
            flow("a", ministry, Stage.COMMITMENT, "2026-02-01", "84000.00", "EUR"),
            new Flow("b", "m", "f1", "school", Stage.COMMITMENT, LocalDate.of(2026, 1, 1), Money.of("50000.00", "EUR"), true, LocalDate.of(2026, 9, 30), null, "o", 1),
            flow("c", ministry, Stage.PLEDGE, "2026-02-01", "100000.00", "EUR")));

    // 84,000 of 210,000 = 40.0 %: the expired commitment and the pledge do not cover
    assertThat(plan.committedCoverage(LocalDate.of(2026, 10, 15))).contains(new BigDecimal("40.0"));
    // the amounts behind the share, rounded to cents once (what the proposed risk quotes)
    assertThat(plan.comingYear(LocalDate.of(2026, 10, 15)))
        .contains(new FundingPlan.CommittedCover(new BigDecimal("84000.00"), new BigDecimal("210000.00"), new BigDecimal("40.0")));
    assertThat(new FundingPlan(rates, List.of(), List.of(), List.of()).committedCoverage(LocalDate.of(2026, 10, 15))).isEmpty();
  }

  private static Flow flow(String id, Funder funder, Stage stage, String date, String amount, String currency) {
    return new Flow(id, "m", funder.id(), "school", stage, LocalDate.parse(date), Money.of(amount, currency), false, null, null, "org-1", 1);
  }
}
