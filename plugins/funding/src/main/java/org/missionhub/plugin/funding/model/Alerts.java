package org.missionhub.plugin.funding.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Where the funders' budget cycles do not fit the roadmap's needs (issue 16): an initiative needs money in a
 * year for which a funder's budget round has closed, or a commitment expires before the year its money is
 * needed; and "when must we ask": each funder's coming budget days for the years its initiatives still need
 * money in. Commitments in force cover an initiative's needs earliest year first.
 */
public final class Alerts {

  /** What does not fit. */
  public enum Kind {
    /** The round that prepares the fiscal year of a need closed before today, and the need is not covered. */
    BUDGET_CLOSED,
    /** A commitment in force expires before a year the initiative needs money in, not all disbursed. */
    COMMITMENT_EXPIRES
  }

  /**
   * One mismatch: the initiative and funder, the need's year, the day that decides (the round's closing, the
   * commitment's expiry), the amount concerned in the mission's currency (uncovered need, or committed and not
   * disbursed), the fiscal year's name and the commitment, where there is one.
   */
  public record Alert(Kind kind, String initiativeId, String funderId, int year, LocalDate day, BigDecimal amount, String fiscalYear, String flowId) {}

  /** What a day of a funder's budget cycle is. */
  public enum DeadlineKind {
    OPENS,
    CLOSES,
    APPROVAL
  }

  /** A coming day of a funder's cycle for a fiscal year, with the initiatives it funds whose needs fall in that year. */
  public record Deadline(LocalDate day, DeadlineKind kind, String funderId, String fiscalYear, List<String> initiatives) {}

  private final FundingPlan plan;
  private final List<String> initiatives;
  private final LocalDate today;
  private final Map<String, TreeMap<Integer, BigDecimal>> uncovered = new LinkedHashMap<>();
  // each initiative's flows and needs, indexed once: the alerts of a large plan stay linear in its size
  private final Map<String, List<Flow>> flows = new java.util.HashMap<>();
  private final Map<String, List<Need>> needs = new java.util.HashMap<>();
  private final Coverage coverage;

  public Alerts(FundingPlan plan, List<String> initiatives, LocalDate today) {
    this.plan = Objects.requireNonNull(plan, "plan");
    this.initiatives = List.copyOf(initiatives);
    this.today = Objects.requireNonNull(today, "today");
    plan.flows().forEach(f -> flows.computeIfAbsent(f.initiativeId(), i -> new ArrayList<>()).add(f));
    plan.needs().forEach(n -> needs.computeIfAbsent(n.initiativeId(), i -> new ArrayList<>()).add(n));
    this.coverage = new Coverage(plan, today);
    initiatives.forEach(i -> uncovered.put(i, uncovered(coverage, i)));
  }

  /** The initiatives' needs and what covers them, year by year (the rule the alerts use). */
  public List<Coverage.Year> years() {
    return coverage.years(initiatives);
  }

  private List<Flow> flowsOf(String initiative) {
    return flows.getOrDefault(initiative, List.of());
  }

  private List<Need> needsOf(String initiative) {
    return needs.getOrDefault(initiative, List.of());
  }

  /** Each need year of the initiative from this year on, with what commitments in force leave uncovered (earliest year covered first). */
  private TreeMap<Integer, BigDecimal> uncovered(Coverage coverage, String initiative) {
    TreeMap<Integer, BigDecimal> left = new TreeMap<>();
    for (Coverage.Year year : coverage.of(initiative)) {
      if (year.year() >= today.getYear() && year.uncovered().signum() > 0) {
        left.put(year.year(), year.uncovered());
      }
    }
    return left;
  }

  /** The mismatches, by initiative (in the order given), then year and funder. */
  public List<Alert> alerts() {
    List<Alert> alerts = new ArrayList<>();
    for (String initiative : initiatives) {
      List<Funder> funders = fundersOf(initiative);
      for (Map.Entry<Integer, BigDecimal> year : uncovered.get(initiative).entrySet()) {
        for (Funder funder : funders) {
          if (funder.calendar() == null) {
            continue;
          }
          LocalDate fiscalYear = funder.calendar().fiscalYearOf(LocalDate.of(year.getKey(), 1, 1));
          LocalDate closed = funder.calendar().closesFor(fiscalYear);
          if (closed.isBefore(today)) {
            alerts.add(new Alert(Kind.BUDGET_CLOSED, initiative, funder.id(), year.getKey(), closed, year.getValue(), funder.calendar().name(fiscalYear), null));
          }
        }
      }
      alerts.addAll(expiring(initiative));
    }
    return alerts;
  }

  private List<Alert> expiring(String initiative) {
    int lastNeed = needsOf(initiative).stream().mapToInt(Need::year).max().orElse(Integer.MIN_VALUE);
    List<Alert> alerts = new ArrayList<>();
    for (Flow commitment : flowsOf(initiative)) {
      if (commitment.stage() != Stage.COMMITMENT || commitment.expires() == null
          || commitment.expires().isBefore(today) || lastNeed == Integer.MIN_VALUE || !commitment.expires().isBefore(LocalDate.of(lastNeed, 1, 1))) {
        continue;
      }
      BigDecimal open = total(commitment.funderId(), initiative, Stage.COMMITMENT).subtract(total(commitment.funderId(), initiative, Stage.DISBURSEMENT));
      if (open.signum() > 0) {
        alerts.add(new Alert(Kind.COMMITMENT_EXPIRES, initiative, commitment.funderId(), lastNeed, commitment.expires(), plan.rates().rounded(open), null, commitment.id()));
      }
    }
    return alerts;
  }

  /**
   * "When must we ask": each funder's coming budget days (today or later, within {@code months}) for the fiscal
   * years in which the initiatives it funds still need money, by day.
   */
  public List<Deadline> deadlines(int months) {
    LocalDate until = today.plusMonths(months);
    List<Deadline> deadlines = new ArrayList<>();
    for (Funder funder : plan.funders()) {
      BudgetCalendar calendar = funder.calendar();
      if (calendar == null) {
        continue;
      }
      Map<LocalDate, TreeSet<String>> years = new TreeMap<>();
      for (String initiative : initiatives) {
        if (flowsOf(initiative).stream().anyMatch(f -> f.funderId().equals(funder.id()))) {
          for (int year : uncovered.get(initiative).keySet()) {
            years.computeIfAbsent(calendar.fiscalYearOf(LocalDate.of(year, 1, 1)), y -> new TreeSet<>(Comparator.comparingInt(initiatives::indexOf))).add(initiative);
            years.computeIfAbsent(calendar.fiscalYearOf(LocalDate.of(year, 12, 31)), y -> new TreeSet<>(Comparator.comparingInt(initiatives::indexOf))).add(initiative);
          }
        }
      }
      years.forEach((fiscalYear, concerned) -> {
        List<String> list = List.copyOf(concerned);
        String name = calendar.name(fiscalYear);
        calendar.opensFor(fiscalYear).ifPresent(d -> add(deadlines, d, until, new Deadline(d, DeadlineKind.OPENS, funder.id(), name, list)));
        LocalDate closes = calendar.closesFor(fiscalYear);
        add(deadlines, closes, until, new Deadline(closes, DeadlineKind.CLOSES, funder.id(), name, list));
        calendar.approvalFor(fiscalYear).ifPresent(d -> add(deadlines, d, until, new Deadline(d, DeadlineKind.APPROVAL, funder.id(), name, list)));
      });
    }
    deadlines.sort(Comparator.comparing(Deadline::day).thenComparing(d -> plan.funders().indexOf(plan.funder(d.funderId()).orElseThrow())));
    return deadlines;
  }

  private void add(List<Deadline> deadlines, LocalDate day, LocalDate until, Deadline deadline) {
    if (!day.isBefore(today) && !day.isAfter(until)) {
      deadlines.add(deadline);
    }
  }

  /** The funders that pledged, committed or gave money to the initiative, in the plan's order. */
  private List<Funder> fundersOf(String initiative) {
    java.util.Set<String> ids = new java.util.HashSet<>();
    flowsOf(initiative).forEach(f -> ids.add(f.funderId()));
    return plan.funders().stream().filter(f -> ids.contains(f.id())).toList();
  }

  private BigDecimal total(String funder, String initiative, Stage stage) {
    return flowsOf(initiative).stream()
        .filter(f -> f.stage() == stage && f.funderId().equals(funder))
        .map(f -> plan.rates().convert(f.money(), f.date()).orElse(BigDecimal.ZERO))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
