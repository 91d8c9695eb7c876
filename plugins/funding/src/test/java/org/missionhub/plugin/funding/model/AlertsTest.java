package org.missionhub.plugin.funding.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionhub.plugin.funding.model.Alerts.Alert;
import org.missionhub.plugin.funding.model.Alerts.Deadline;
import org.missionhub.plugin.funding.model.Alerts.DeadlineKind;
import org.missionhub.plugin.funding.model.Alerts.Kind;

/** Budget-cycle mismatches and "when must we ask" on hand-made calendars, on 6 December 2026. */
class AlertsTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
  private static final Rates EUROS = new Rates(Currency.getInstance("EUR"), List.of());

  // the state: calendar fiscal year, requests by 31 May, the Finance Act on 15 December, one year at a time
  private final BudgetCalendar state = new BudgetCalendar(1, null, MonthDay.of(5, 31), MonthDay.of(12, 15), 1);
  // a foundation: fiscal year from April, applications from 1 September to 31 October, three-year grants
  private final BudgetCalendar foundation = new BudgetCalendar(4, MonthDay.of(9, 1), MonthDay.of(10, 31), null, 3);

  private final Funder ministry = new Funder("a", "m", "Ministry", "org-1", SourceType.NATIONAL_STATE, Instrument.GRANT, 1, state);
  private final Funder trust = new Funder("b", "m", "Trust", null, SourceType.PHILANTHROPIC_FOUNDATION, Instrument.GRANT, 1, foundation);
  private final Funder unknown = new Funder("c", "m", "Somebody", null, SourceType.PRIVATE, Instrument.GRANT, 1);

  private FundingPlan plan(List<Flow> flows) {
    return new FundingPlan(EUROS, List.of(ministry, trust, unknown),
        List.of(need("n1", 2027, "100000.00"), need("n2", 2028, "100000.00")), flows);
  }

  private final List<Flow> flows = List.of(
      new Flow("c1", "m", "a", "schools", Stage.COMMITMENT, LocalDate.of(2026, 3, 1), Money.of("50000.00", "EUR"), false, LocalDate.of(2027, 6, 30), null, "w", 1),
      new Flow("d1", "m", "a", "schools", Stage.DISBURSEMENT, LocalDate.of(2026, 4, 1), Money.of("20000.00", "EUR"), false, null, null, "w", 1),
      new Flow("p1", "m", "b", "schools", Stage.PLEDGE, LocalDate.of(2026, 5, 1), Money.of("10000.00", "EUR"), false, null, null, "w", 1),
      new Flow("p2", "m", "c", "schools", Stage.PLEDGE, LocalDate.of(2026, 5, 1), Money.of("10000.00", "EUR"), false, null, null, "w", 1));

  @Test
  void aCalendarNamesItsFiscalYearsAndTheDaysOfTheRoundThatPreparesThem() {
    assertThat(foundation.fiscalYearOf(LocalDate.of(2027, 1, 1))).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(foundation.fiscalYearOf(LocalDate.of(2027, 4, 1))).isEqualTo(LocalDate.of(2027, 4, 1));
    assertThat(foundation.name(LocalDate.of(2026, 4, 1))).isEqualTo("FY2026/27");
    assertThat(state.name(LocalDate.of(2027, 1, 1))).isEqualTo("FY2027");
    assertThat(foundation.closesFor(LocalDate.of(2027, 4, 1))).isEqualTo(LocalDate.of(2026, 10, 31));
    assertThat(foundation.opensFor(LocalDate.of(2027, 4, 1))).contains(LocalDate.of(2026, 9, 1));
    assertThat(state.closesFor(LocalDate.of(2027, 1, 1))).isEqualTo(LocalDate.of(2026, 5, 31));
    assertThat(state.approvalFor(LocalDate.of(2027, 1, 1))).contains(LocalDate.of(2026, 12, 15));
    assertThat(state.opensFor(LocalDate.of(2027, 1, 1))).isEmpty();
    // 29 February in a year without it: the 28th
    assertThat(new BudgetCalendar(1, null, MonthDay.of(2, 29), null, 1).closesFor(LocalDate.of(2027, 1, 1))).isEqualTo(LocalDate.of(2026, 2, 28));
  }

  @Test
  void aNeedWhoseFundersRoundClosedAndACommitmentExpiringBeforeTheNeedAreAlerted() {
    List<Alert> alerts = new Alerts(plan(flows), List.of("schools"), TODAY).alerts();

    // 50,000 committed and in force covers half of 2027 (the earliest year first); 2028 is uncovered
    assertThat(alerts).containsExactly(
        new Alert(Kind.BUDGET_CLOSED, "schools", "a", 2027, LocalDate.of(2026, 5, 31), new BigDecimal("50000.00"), "FY2027", null),
        new Alert(Kind.BUDGET_CLOSED, "schools", "b", 2027, LocalDate.of(2025, 10, 31), new BigDecimal("50000.00"), "FY2026/27", null),
        // the state's 2028 round closes in May 2027: not yet; the trust's FY2027/28 round closed in October
        new Alert(Kind.BUDGET_CLOSED, "schools", "b", 2028, LocalDate.of(2026, 10, 31), new BigDecimal("100000.00"), "FY2027/28", null),
        // expires mid-2027, the need runs to 2028: 30,000 committed and not disbursed
        new Alert(Kind.COMMITMENT_EXPIRES, "schools", "a", 2028, LocalDate.of(2027, 6, 30), new BigDecimal("30000.00"), null, "c1"));
  }

  @Test
  void aCoveredNeedAndAFunderWithoutACalendarAlertNothing() {
    List<Flow> covered = List.of(
        new Flow("c1", "m", "a", "schools", Stage.COMMITMENT, LocalDate.of(2026, 3, 1), Money.of("200000.00", "EUR"), false, null, null, "w", 1),
        new Flow("p2", "m", "c", "schools", Stage.PLEDGE, LocalDate.of(2026, 5, 1), Money.of("10000.00", "EUR"), false, null, null, "w", 1));
    assertThat(new Alerts(plan(covered), List.of("schools"), TODAY).alerts()).isEmpty();
    assertThat(new Alerts(plan(covered), List.of("schools"), TODAY).deadlines(18)).as("nothing left to ask for").isEmpty();
  }

  @Test
  void whenMustWeAskListsEachFundersComingDaysForTheYearsStillNeeded() {
    List<Deadline> deadlines = new Alerts(plan(flows), List.of("schools"), TODAY).deadlines(18);

    assertThat(deadlines).containsExactly(
        new Deadline(LocalDate.of(2026, 12, 15), DeadlineKind.APPROVAL, "a", "FY2027", List.of("schools")),
        new Deadline(LocalDate.of(2027, 5, 31), DeadlineKind.CLOSES, "a", "FY2028", List.of("schools")),
        new Deadline(LocalDate.of(2027, 9, 1), DeadlineKind.OPENS, "b", "FY2028/29", List.of("schools")),
        new Deadline(LocalDate.of(2027, 10, 31), DeadlineKind.CLOSES, "b", "FY2028/29", List.of("schools")),
        new Deadline(LocalDate.of(2027, 12, 15), DeadlineKind.APPROVAL, "a", "FY2028", List.of("schools")));
  }

  private static Need need(String id, int year, String amount) {
    return new Need(id, "m", "schools", year, Money.of(amount, "EUR"), 1);
  }
}
