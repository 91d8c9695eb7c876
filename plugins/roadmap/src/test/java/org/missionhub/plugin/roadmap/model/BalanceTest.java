package org.missionhub.plugin.roadmap.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BalanceTest {

  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Currency DKK = Currency.getInstance("DKK");
  private static final LocalDate START = LocalDate.of(2027, 1, 1);

  private static Initiative initiative(String id, String owner, int years, List<String> objectives, Lifecycle lifecycle, Budget budget) {
    return new Initiative(
        id, "m", id, null, InitiativeType.PROJECT, owner, null, null, List.of(), objectives, START, START.plusYears(years).minusDays(1), null, null,
        lifecycle, Rag.GREEN, null, budget, List.of(), null, 1);
  }

  @Test
  void spreadsTheCurrentPortfolioOverHorizonsWithExactBudgetsAndWarnsOfGaps() {
    // given two objectives, one served by a short and a medium initiative, the other by nothing current
    Objective waste = new Objective("waste", "m", 1, "Halve waste", null, 2030, 1);
    Objective reuse = new Objective("reuse", "m", 2, "Double reuse", null, 2035, 1);
    Portfolio portfolio =
        new Portfolio(
            List.of(waste, reuse),
            List.of(
                initiative("pilot", "city", 1, List.of("waste"), Lifecycle.ACTIVE, new Budget(new BigDecimal("100000.10"), EUR)),
                initiative("centre", "city", 3, List.of("waste"), Lifecycle.PROPOSED, new Budget(new BigDecimal("0.20"), EUR)),
                initiative("shops", "ngo", 4, List.of(), Lifecycle.IDEA, new Budget(new BigDecimal("500"), DKK)),
                initiative("old", "ngo", 8, List.of("reuse"), Lifecycle.STOPPED, null)),
            List.of(),
            List.of());

    // when
    Balance balance = Balance.of(portfolio);

    // then
    assertThat(Balance.cell(balance.byObjective().get("waste"), Horizon.SHORT).budget()).containsEntry(EUR, new BigDecimal("100000.10"));
    assertThat(Balance.cell(balance.byObjective().get("waste"), Horizon.MEDIUM).initiatives()).isEqualTo(1);
    assertThat(Balance.cell(balance.byObjective().get(Balance.NO_OBJECTIVE), Horizon.MEDIUM).budget()).containsEntry(DKK, new BigDecimal("500"));
    assertThat(Balance.cell(balance.byOwner().get("city"), Horizon.MEDIUM).budget()).containsEntry(EUR, new BigDecimal("0.20"));
    assertThat(Balance.cell(balance.totals(), Horizon.MEDIUM).initiatives()).isEqualTo(2);
    assertThat(balance.warnings()).containsExactlyInAnyOrder(
        new Balance.Warning(Optional.of(Horizon.LONG), Optional.empty()), new Balance.Warning(Optional.empty(), Optional.of("reuse")));
  }
}
