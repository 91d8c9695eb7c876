package org.missionhub.plugin.funding.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How far each year's need is covered by commitments in force (not expired on {@code today}), in the mission's
 * currency: an initiative's commitments cover its needs earliest year first, since money committed now pays
 * for what comes first. The same rule decides the budget-cycle alerts ({@link Alerts}) and the years chart.
 */
public final class Coverage {

  /** A year's need and how much of it is covered; what is not covered is the difference. */
  public record Year(int year, BigDecimal needed, BigDecimal covered) {

    public BigDecimal uncovered() {
      return needed.subtract(covered);
    }
  }

  private final Map<String, TreeMap<Integer, Year>> byInitiative = new HashMap<>();
  private final FundingPlan plan;

  public Coverage(FundingPlan plan, LocalDate today) {
    this.plan = Objects.requireNonNull(plan, "plan");
    Map<String, BigDecimal> committed = new HashMap<>();
    for (Flow f : plan.flows()) {
      if (f.stage() == Stage.COMMITMENT && (f.expires() == null || !f.expires().isBefore(today))) {
        plan.rates().convert(f.money(), f.date()).ifPresent(v -> committed.merge(f.initiativeId(), v, BigDecimal::add));
      }
    }
    Map<String, TreeMap<Integer, BigDecimal>> needs = new HashMap<>();
    for (Need n : plan.needs()) {
      plan.rates().convert(n.money(), LocalDate.of(n.year(), 1, 1))
          .ifPresent(v -> needs.computeIfAbsent(n.initiativeId(), i -> new TreeMap<>()).merge(n.year(), v, BigDecimal::add));
    }
    needs.forEach((initiative, years) -> {
      BigDecimal pool = committed.getOrDefault(initiative, BigDecimal.ZERO);
      TreeMap<Integer, Year> cells = new TreeMap<>();
      for (Map.Entry<Integer, BigDecimal> year : years.entrySet()) {
        BigDecimal covered = pool.min(year.getValue());
        pool = pool.subtract(covered);
        cells.put(year.getKey(), new Year(year.getKey(), year.getValue(), covered));
      }
      byInitiative.put(initiative, cells);
    });
  }

  /** An initiative's years with a need, earliest first (rounded to the currency's minor units). */
  public List<Year> of(String initiative) {
    return byInitiative.getOrDefault(initiative, new TreeMap<>()).values().stream().map(this::rounded).toList();
  }

  /** The mission's years with a need, summed over the initiatives named, earliest first. */
  public List<Year> years(List<String> initiatives) {
    TreeMap<Integer, BigDecimal[]> sums = new TreeMap<>();
    for (String initiative : initiatives) {
      for (Year y : byInitiative.getOrDefault(initiative, new TreeMap<>()).values()) {
        BigDecimal[] sum = sums.computeIfAbsent(y.year(), k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
        sum[0] = sum[0].add(y.needed());
        sum[1] = sum[1].add(y.covered());
      }
    }
    List<Year> years = new ArrayList<>();
    sums.forEach((year, sum) -> years.add(rounded(new Year(year, sum[0], sum[1]))));
    return years;
  }

  private Year rounded(Year y) {
    return new Year(y.year(), plan.rates().rounded(y.needed()), plan.rates().rounded(y.covered()));
  }
}
