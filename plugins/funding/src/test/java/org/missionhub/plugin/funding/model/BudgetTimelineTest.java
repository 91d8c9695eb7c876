package org.missionhub.plugin.funding.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The budget calendar over three calendar years, on hand-made cycles. */
class BudgetTimelineTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

  private final Funder state = new Funder("state", "m", "Ministry", null, SourceType.NATIONAL_STATE, Instrument.GRANT, 1,
      new BudgetCalendar(1, MonthDay.of(3, 1), MonthDay.of(5, 31), MonthDay.of(12, 15), 1));
  private final Funder trust = new Funder("trust", "m", "Trust", null, SourceType.PHILANTHROPIC_FOUNDATION, Instrument.GRANT, 1,
      new BudgetCalendar(4, null, MonthDay.of(1, 31), null, 3));
  private final Funder eu = new Funder("eu", "m", "EU programme", null, SourceType.EU, Instrument.GRANT, 1);

  private final FundingPlan plan = new FundingPlan(new Rates(Currency.getInstance("EUR"), List.of()), List.of(state, trust, eu),
      List.of(new Need("n1", "m", "schools", 2026, Money.of("100.00", "EUR"), 1), new Need("n2", "m", "schools", 2027, Money.of("100.00", "EUR"), 1),
          new Need("n3", "m", "schools", 2031, Money.of("100.00", "EUR"), 1)),
      List.of(new Flow("c", "m", "state", "schools", Stage.COMMITMENT, LocalDate.of(2026, 2, 1), Money.of("150.00", "EUR"), false, null, null, "org", 1)));

  @Test
  void eachFundersRoundsApprovalsAndYearsBesideTheInitiativesNeeds() {
    BudgetTimeline timeline = new BudgetTimeline(plan, List.of(
        new BudgetTimeline.Initiative("schools", "Counsellors in every school", LocalDate.of(2026, 8, 1), null),
        new BudgetTimeline.Initiative("idea", "An idea without money", null, null)), TODAY);

    assertThat(timeline.from()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(timeline.to()).isEqualTo(LocalDate.of(2029, 1, 1));
    assertThat(timeline.funders()).extracting(BudgetTimeline.FunderRow::funderId).as("the EU programme has no cycle").containsExactly("state", "trust");
    BudgetTimeline.FunderRow ministry = timeline.funders().get(0);
    assertThat(ministry.rounds()).containsExactly(
        new BudgetTimeline.Round("FY2027", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 5, 31)),
        new BudgetTimeline.Round("FY2028", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 5, 31)),
        new BudgetTimeline.Round("FY2029", LocalDate.of(2028, 3, 1), LocalDate.of(2028, 5, 31)));
    assertThat(ministry.approvals()).containsExactly(LocalDate.of(2026, 12, 15), LocalDate.of(2027, 12, 15), LocalDate.of(2028, 12, 15));
    assertThat(ministry.fiscalYearStarts()).containsExactly(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1), LocalDate.of(2028, 1, 1));
    // a fiscal year from April, a round known by its last day only
    BudgetTimeline.FunderRow foundation = timeline.funders().get(1);
    assertThat(foundation.rounds()).containsExactly(
        new BudgetTimeline.Round("FY2026/27", null, LocalDate.of(2026, 1, 31)),
        new BudgetTimeline.Round("FY2027/28", null, LocalDate.of(2027, 1, 31)),
        new BudgetTimeline.Round("FY2028/29", null, LocalDate.of(2028, 1, 31)));
    assertThat(foundation.approvals()).isEmpty();
    assertThat(foundation.fiscalYearStarts()).containsExactly(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 4, 1), LocalDate.of(2028, 4, 1));

    // 150 committed covers 2026's 100 and half of 2027's; 2031 is beyond the three years shown
    assertThat(timeline.initiatives()).containsExactly(new BudgetTimeline.InitiativeRow("schools", "Counsellors in every school", LocalDate.of(2026, 8, 1), null,
        List.of(new BudgetTimeline.NeedYear(2026, false), new BudgetTimeline.NeedYear(2027, true))));
  }
}
