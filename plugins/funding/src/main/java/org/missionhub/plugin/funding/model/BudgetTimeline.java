package org.missionhub.plugin.funding.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The funders' budget cycles on one timeline beside the roadmap (issue 16), over three calendar years from this
 * one: each funder's budget rounds (from the day requests open, or only their last day, to the day they close)
 * with the fiscal year each prepares, the days budgets are approved and the days fiscal years start; and each
 * initiative with a need or money, its planned dates and the years it needs money in, uncovered or not.
 */
public final class BudgetTimeline {

  /** An initiative of the roadmap, as the timeline shows it; dates may be null. */
  public record Initiative(String id, String title, LocalDate start, LocalDate end) {

    public Initiative {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(title, "title");
    }
  }

  /** A budget round preparing a fiscal year: it opens on {@code opens} (null when only its last day is known). */
  public record Round(String fiscalYear, LocalDate opens, LocalDate closes) {}

  public record FunderRow(String funderId, String name, List<Round> rounds, List<LocalDate> approvals, List<LocalDate> fiscalYearStarts) {}

  /** A year with a need, and whether live commitments leave some of it uncovered. */
  public record NeedYear(int year, boolean uncovered) {}

  public record InitiativeRow(String id, String title, LocalDate start, LocalDate end, List<NeedYear> needs) {}

  private final LocalDate from;
  private final LocalDate to;
  private final List<FunderRow> funders = new ArrayList<>();
  private final List<InitiativeRow> initiatives = new ArrayList<>();

  public BudgetTimeline(FundingPlan plan, List<Initiative> roadmap, LocalDate today) {
    this.from = LocalDate.of(today.getYear(), 1, 1);
    this.to = from.plusYears(3);
    for (Funder funder : plan.funders()) {
      if (funder.calendar() != null) {
        funders.add(row(funder));
      }
    }
    Coverage coverage = new Coverage(plan, today);
    Set<String> funded = new HashSet<>();
    plan.needs().forEach(n -> funded.add(n.initiativeId()));
    plan.flows().forEach(f -> funded.add(f.initiativeId()));
    for (Initiative initiative : roadmap) {
      if (funded.contains(initiative.id())) {
        List<NeedYear> needs = coverage.of(initiative.id()).stream()
            .filter(y -> y.year() >= from.getYear() && y.year() < to.getYear())
            .map(y -> new NeedYear(y.year(), y.uncovered().signum() > 0))
            .toList();
        initiatives.add(new InitiativeRow(initiative.id(), initiative.title(), initiative.start(), initiative.end(), needs));
      }
    }
  }

  private FunderRow row(Funder funder) {
    BudgetCalendar calendar = funder.calendar();
    List<Round> rounds = new ArrayList<>();
    List<LocalDate> approvals = new ArrayList<>();
    List<LocalDate> starts = new ArrayList<>();
    // fiscal years from the one before the span (its round may fall in it) to two after (rounds come up to a year early)
    for (LocalDate year = calendar.fiscalYearOf(from).minusYears(1); year.isBefore(to.plusYears(2)); year = year.plusYears(1)) {
      LocalDate closes = calendar.closesFor(year);
      LocalDate opens = calendar.opensFor(year).orElse(null);
      if (within(opens == null ? closes : opens, closes)) {
        rounds.add(new Round(calendar.name(year), opens, closes));
      }
      calendar.approvalFor(year).filter(this::within).ifPresent(approvals::add);
      if (within(year)) {
        starts.add(year);
      }
    }
    return new FunderRow(funder.id(), funder.name(), rounds, approvals, starts);
  }

  private boolean within(LocalDate day) {
    return !day.isBefore(from) && day.isBefore(to);
  }

  private boolean within(LocalDate start, LocalDate end) {
    return !end.isBefore(from) && start.isBefore(to);
  }

  /** The first day shown. */
  public LocalDate from() {
    return from;
  }

  /** The day after the last one shown. */
  public LocalDate to() {
    return to;
  }

  /** Funders with a budget cycle, in the plan's order. */
  public List<FunderRow> funders() {
    return List.copyOf(funders);
  }

  /** Initiatives with a need or money, in the roadmap's order. */
  public List<InitiativeRow> initiatives() {
    return List.copyOf(initiatives);
  }
}
