package org.missionhub.plugin.funding.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The funding mix by type of source, on hand-computed cases. */
class MixTest {

  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Currency DKK = Currency.getInstance("DKK");

  private final Funder state = new Funder("s", "m", "State", null, SourceType.NATIONAL_STATE, Instrument.GRANT, 1);
  private final Funder trust = new Funder("t", "m", "Trust", null, SourceType.PHILANTHROPIC_FOUNDATION, Instrument.GRANT, 1);
  private final Funder city = new Funder("c", "m", "City", null, SourceType.LOCAL, Instrument.STAFF_TIME, 1);

  @Test
  void eachTypeOfSourceSumsItsMoneyInTheMissionsCurrencyWithItsShareOfTheCommitted() {
    // 1 DKK = 0.1341 EUR: the trust's 100,000 DKK is 13,410.00 EUR
    FundingPlan plan = new FundingPlan(new Rates(EUR, List.of(new Rates.Rate(DKK, LocalDate.of(2026, 1, 1), new BigDecimal("0.1341")))), List.of(state, trust, city), List.of(),
        List.of(flow("1", "s", Stage.COMMITMENT, "60000.00", "EUR"), flow("2", "s", Stage.DISBURSEMENT, "20000.00", "EUR"), flow("3", "t", Stage.COMMITMENT, "100000.00", "DKK"),
            flow("4", "t", Stage.PLEDGE, "5000.00", "EUR"), flow("5", "c", Stage.PLEDGE, "1000.00", "EUR")));
    Mix mix = Mix.of(plan);

    assertThat(mix.currency()).isEqualTo(EUR);
    assertThat(mix.committed()).isEqualByComparingTo("73410.00");
    assertThat(mix.shares()).extracting(Mix.Share::sourceType).containsExactly(SourceType.NATIONAL_STATE, SourceType.PHILANTHROPIC_FOUNDATION, SourceType.LOCAL);
    Mix.Share stateShare = mix.shares().get(0);
    assertThat(stateShare.committed()).isEqualByComparingTo("60000.00");
    assertThat(stateShare.disbursed()).isEqualByComparingTo("20000.00");
    // 60,000 / 73,410 = 81.73 %; 13,410 / 73,410 = 18.27 %
    assertThat(stateShare.committedShare()).isEqualByComparingTo("81.7");
    assertThat(mix.shares().get(1).committedShare()).isEqualByComparingTo("18.3");
    assertThat(mix.shares().get(1).pledged()).isEqualByComparingTo("5000.00");
    assertThat(mix.shares().get(2).committedShare()).isEqualByComparingTo("0.0");
  }

  @Test
  void missionsAddUpPerCurrency() {
    FundingPlan euros = new FundingPlan(new Rates(EUR, List.of()), List.of(state), List.of(), List.of(flow("1", "s", Stage.COMMITMENT, "100.00", "EUR")));
    FundingPlan moreEuros = new FundingPlan(new Rates(EUR, List.of()), List.of(trust), List.of(), List.of(flow("2", "t", Stage.COMMITMENT, "300.00", "EUR")));
    FundingPlan kroner = new FundingPlan(new Rates(DKK, List.of()), List.of(state), List.of(), List.of(flow("3", "s", Stage.COMMITMENT, "700.00", "DKK")));

    List<Mix> mixes = Mix.across(List.of(euros, kroner, moreEuros));

    assertThat(mixes).extracting(Mix::currency).containsExactly(EUR, DKK);
    assertThat(mixes.get(0).missions()).isEqualTo(2);
    assertThat(mixes.get(0).shares()).extracting(Mix.Share::sourceType).containsExactly(SourceType.PHILANTHROPIC_FOUNDATION, SourceType.NATIONAL_STATE);
    assertThat(mixes.get(0).shares().get(0).committedShare()).isEqualByComparingTo("75.0");
    assertThat(mixes.get(1).committed()).isEqualByComparingTo("700.00");
  }

  private static Flow flow(String id, String funder, Stage stage, String amount, String currency) {
    return new Flow(id, "m", funder, "i", stage, LocalDate.of(2026, 6, 1), Money.of(amount, currency), false, null, null, "w", 1);
  }
}
