package org.missionhub.plugin.funding.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A mission's funding plan: its currency and rates, its funders, the initiatives' needs and the flows, and
 * the gap analysis per initiative computed from them.
 */
public record FundingPlan(Rates rates, List<Funder> funders, List<Need> needs, List<Flow> flows) {

  public FundingPlan {
    funders = List.copyOf(funders);
    needs = List.copyOf(needs);
    flows = List.copyOf(flows);
  }

  public Optional<Funder> funder(String id) {
    return funders.stream().filter(f -> f.id().equals(id)).findFirst();
  }

  /**
   * The gap of each initiative named (in that order): needs are converted at 1 January of their year,
   * flows at their date. A value with no rate for its day is left out of the totals and named by
   * {@link #unconverted()}.
   */
  public List<Gap> gaps(List<String> initiatives) {
    Map<String, BigDecimal[]> sums = new LinkedHashMap<>();
    initiatives.forEach(i -> sums.put(i, zeros()));
    for (Need need : needs) {
      BigDecimal[] sum = sums.get(need.initiativeId());
      if (sum != null) {
        rates.convert(need.money(), LocalDate.of(need.year(), 1, 1)).ifPresent(v -> sum[0] = sum[0].add(v));
      }
    }
    for (Flow flow : flows) {
      BigDecimal[] sum = sums.get(flow.initiativeId());
      if (sum != null) {
        int at = flow.stage().ordinal() + 1;
        rates.convert(flow.money(), flow.date()).ifPresent(v -> sum[at] = sum[at].add(v));
      }
    }
    return sums.entrySet().stream()
        .map(e -> new Gap(e.getKey(), r(e.getValue()[0]), r(e.getValue()[1]), r(e.getValue()[2]), r(e.getValue()[3]), r(e.getValue()[4])))
        .toList();
  }

  /** Needs and flows whose currency has no rate for their day (their ids), so that a total is never silently short. */
  public List<String> unconverted() {
    List<String> ids = new java.util.ArrayList<>();
    needs.stream().filter(n -> rates.convert(n.money(), LocalDate.of(n.year(), 1, 1)).isEmpty()).forEach(n -> ids.add(n.id()));
    flows.stream().filter(f -> rates.convert(f.money(), f.date()).isEmpty()).forEach(f -> ids.add(f.id()));
    return ids;
  }

  private BigDecimal r(BigDecimal value) {
    return rates.rounded(value);
  }

  private static BigDecimal[] zeros() {
    return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
  }

  /**
   * How much of the next twelve months' need is committed, in percent (one decimal): each year's need
   * counts for the share of its months within the twelve from {@code today}'s month, and every commitment
   * not expired counts (converted at its date). Empty when nothing is needed in those months.
   */
  public Optional<BigDecimal> committedCoverage(LocalDate today) {
    return comingYear(today).map(CommittedCover::percent);
  }

  /** The next twelve months' need and what live commitments cover of it, as {@link #committedCoverage} counts them. */
  public Optional<CommittedCover> comingYear(LocalDate today) {
    LocalDate from = today.withDayOfMonth(1);
    LocalDate until = from.plusMonths(12);
    BigDecimal needed = BigDecimal.ZERO;
    for (Need need : needs) {
      LocalDate start = LocalDate.of(need.year(), 1, 1);
      LocalDate end = start.plusYears(1);
      long months = java.time.temporal.ChronoUnit.MONTHS.between(max(start, from), min(end, until));
      if (months > 0) {
        Optional<BigDecimal> value = rates.convert(need.money(), start);
        if (value.isPresent()) {
          needed = needed.add(value.get().multiply(BigDecimal.valueOf(months)).divide(BigDecimal.valueOf(12), 10, java.math.RoundingMode.HALF_EVEN));
        }
      }
    }
    if (needed.signum() == 0) {
      return Optional.empty();
    }
    BigDecimal committed = flows.stream()
        .filter(f -> f.stage() == Stage.COMMITMENT && (f.expires() == null || !f.expires().isBefore(today)))
        .map(f -> rates.convert(f.money(), f.date()).orElse(BigDecimal.ZERO))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    return Optional.of(new CommittedCover(rates.rounded(committed), rates.rounded(needed),
        committed.multiply(BigDecimal.valueOf(100)).divide(needed, 1, java.math.RoundingMode.HALF_EVEN)));
  }

  /** Committed and needed in the mission's currency (rounded to its minor unit), and the share in percent (one decimal). */
  public record CommittedCover(BigDecimal committed, BigDecimal needed, BigDecimal percent) {}

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
