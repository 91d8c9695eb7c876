package org.missionhub.plugin.funding.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The mission's exchange rates into its currency, entered or imported (no internet): a rate applies from
 * its date until the next one of the same currency. Amounts convert exactly (a decimal product); totals
 * are rounded once, to the mission currency's minor units, half to even.
 */
public record Rates(Currency missionCurrency, List<Rate> rates) {

  /** One unit of {@code currency} is {@code rate} units of the mission's currency from {@code from} on. */
  public record Rate(Currency currency, LocalDate from, BigDecimal rate) {

    public Rate {
      Objects.requireNonNull(currency, "currency");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(rate, "rate");
      if (rate.signum() <= 0) {
        throw new IllegalArgumentException("a rate is positive");
      }
    }
  }

  public Rates {
    Objects.requireNonNull(missionCurrency, "missionCurrency");
    rates = rates.stream().sorted(Comparator.comparing(Rate::from)).toList();
  }

  /** The amount in the mission's currency, exact; empty when no rate of its currency applies on that day. */
  public Optional<BigDecimal> convert(Money money, LocalDate day) {
    if (money.currency().equals(missionCurrency)) {
      return Optional.of(money.amount());
    }
    return rates.stream()
        .filter(r -> r.currency().equals(money.currency()) && !r.from().isAfter(day))
        .reduce((earlier, later) -> later)
        .map(r -> money.amount().multiply(r.rate()));
  }

  /** A total in the mission's currency, rounded to its minor units. */
  public BigDecimal rounded(BigDecimal total) {
    return total.setScale(Math.max(0, missionCurrency.getDefaultFractionDigits()), RoundingMode.HALF_EVEN);
  }
}
