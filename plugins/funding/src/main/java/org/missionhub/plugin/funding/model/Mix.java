package org.missionhub.plugin.funding.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where money comes from — the survey's question — by type of source, in one currency: what each type
 * pledged, committed, disbursed and what was spent of it, and its share of the committed total. For one
 * mission, or summed over several missions that report in the same currency ({@link #across}).
 */
public record Mix(Currency currency, int missions, List<Share> shares) {

  /** One type of source's money; {@code committedShare} in percent with one decimal, null while nothing is committed. */
  public record Share(SourceType sourceType, BigDecimal pledged, BigDecimal committed, BigDecimal disbursed, BigDecimal spent, BigDecimal committedShare) {}

  public Mix {
    Objects.requireNonNull(currency, "currency");
    shares = List.copyOf(shares);
  }

  /** The plan's mix in its currency: each flow converted at its date (one without a rate is left out, as in the gaps). */
  public static Mix of(FundingPlan plan) {
    return of(plan.rates().missionCurrency(), 1, sums(plan));
  }

  /** The mixes of several plans, one per currency the missions report in, the most missions first. */
  public static List<Mix> across(Collection<FundingPlan> plans) {
    Map<Currency, Map<SourceType, BigDecimal[]>> byCurrency = new LinkedHashMap<>();
    Map<Currency, Integer> missions = new LinkedHashMap<>();
    for (FundingPlan plan : plans) {
      Currency currency = plan.rates().missionCurrency();
      missions.merge(currency, 1, Integer::sum);
      Map<SourceType, BigDecimal[]> into = byCurrency.computeIfAbsent(currency, c -> new EnumMap<>(SourceType.class));
      sums(plan).forEach((type, sum) -> {
        BigDecimal[] total = into.computeIfAbsent(type, t -> zeros());
        for (int i = 0; i < total.length; i++) {
          total[i] = total[i].add(sum[i]);
        }
      });
    }
    List<Mix> mixes = new ArrayList<>();
    byCurrency.forEach((currency, sums) -> mixes.add(of(currency, missions.get(currency), sums)));
    mixes.sort((a, b) -> Integer.compare(b.missions(), a.missions()));
    return mixes;
  }

  private static Map<SourceType, BigDecimal[]> sums(FundingPlan plan) {
    Map<SourceType, BigDecimal[]> sums = new EnumMap<>(SourceType.class);
    for (Flow flow : plan.flows()) {
      Funder funder = plan.funder(flow.funderId()).orElseThrow();
      plan.rates().convert(flow.money(), flow.date()).ifPresent(value -> {
        BigDecimal[] sum = sums.computeIfAbsent(funder.sourceType(), t -> zeros());
        sum[flow.stage().ordinal()] = sum[flow.stage().ordinal()].add(value);
      });
    }
    return sums;
  }

  private static Mix of(Currency currency, int missions, Map<SourceType, BigDecimal[]> sums) {
    int digits = Math.max(0, currency.getDefaultFractionDigits());
    BigDecimal committed = sums.values().stream().map(s -> s[Stage.COMMITMENT.ordinal()]).reduce(BigDecimal.ZERO, BigDecimal::add);
    List<Share> shares = new ArrayList<>();
    sums.forEach((type, s) -> shares.add(new Share(type, round(s[0], digits), round(s[1], digits), round(s[2], digits), round(s[3], digits),
        committed.signum() == 0 ? null : s[1].multiply(BigDecimal.valueOf(100)).divide(committed, 1, RoundingMode.HALF_EVEN))));
    shares.sort((a, b) -> b.committed().compareTo(a.committed()) != 0 ? b.committed().compareTo(a.committed()) : b.pledged().compareTo(a.pledged()));
    return new Mix(currency, missions, shares);
  }

  private static BigDecimal round(BigDecimal value, int digits) {
    return value.setScale(digits, RoundingMode.HALF_EVEN);
  }

  private static BigDecimal[] zeros() {
    return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
  }

  /** The committed total of every type of source. */
  public BigDecimal committed() {
    return shares.stream().map(Share::committed).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
