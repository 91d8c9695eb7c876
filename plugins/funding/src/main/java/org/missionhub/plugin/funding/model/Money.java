package org.missionhub.plugin.funding.model;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount in a currency (ISO 4217), never floating point: at most the currency's minor units
 * (2 for EUR and DKK, 0 for JPY). Checked where it is made.
 */
public record Money(BigDecimal amount, Currency currency) {

  public Money {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    if (amount.stripTrailingZeros().scale() > Math.max(0, currency.getDefaultFractionDigits())) {
      throw new IllegalArgumentException(amount.toPlainString() + " has more decimals than " + currency.getCurrencyCode() + " has");
    }
  }

  /** ISO 4217 codes that name no money: precious metals, bond market units, SDR-like units, testing, none. */
  private static final java.util.Set<String> NOT_MONEY = java.util.Set.of("XAG", "XAU", "XBA", "XBB", "XBC", "XBD", "XPD", "XPT", "XTS", "XXX", "XSU", "XUA");

  /** True for a currency people pay in (and so in IATI's {@code Currency} codelist), false for the codes that name no money. */
  public static boolean isMoney(Currency currency) {
    return !NOT_MONEY.contains(currency.getCurrencyCode());
  }

  public static Money of(String amount, String currency) {
    return new Money(new BigDecimal(amount), Currency.getInstance(currency));
  }

  public String code() {
    return currency.getCurrencyCode();
  }
}
