package org.missionhub.plugin.roadmap.model;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/** An estimated budget: an exact amount in its own currency (never floating point). */
public record Budget(BigDecimal amount, Currency currency) {

  public Budget {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    if (amount.signum() < 0) {
      throw new IllegalArgumentException("a budget is not negative");
    }
  }
}
