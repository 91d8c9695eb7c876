package org.missionhub.plugin.funding.service;

import java.math.BigDecimal;
import java.util.Currency;
import org.missionhub.api.plugin.FormFields;
import org.missionhub.plugin.funding.model.Money;

/** The contract's {@link FormFields} with the plugin's own kinds: currencies and amounts in them. */
final class Fields extends FormFields {

  /** An ISO 4217 currency code. */
  Currency currency(String field, String value) {
    if (value == null || value.isBlank()) {
      problem(field, "is required: an ISO 4217 code such as EUR or DKK");
      return null;
    }
    try {
      Currency currency = Currency.getInstance(value.strip().toUpperCase(java.util.Locale.ROOT));
      if (!Money.isMoney(currency)) {
        problem(field, "'" + value + "' is an ISO 4217 code that names no money (a metal, a unit of account, a testing code): give a currency such as EUR or DKK");
        return null;
      }
      return currency;
    } catch (IllegalArgumentException e) {
      problem(field, "'" + value + "' is not an ISO 4217 currency code such as EUR or DKK");
      return null;
    }
  }

  /** A day of the year, {@code --05-31} (ISO) or {@code 05-31}. */
  java.time.MonthDay monthDay(String field, String value, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        problem(field, "is required: a day of the year such as --05-31 (31 May)");
      }
      return null;
    }
    String text = value.strip();
    try {
      return java.time.MonthDay.parse(text.startsWith("--") ? text : "--" + text);
    } catch (java.time.format.DateTimeParseException e) {
      problem(field, "'" + value + "' is not a day of the year such as --05-31 (31 May)");
      return null;
    }
  }

  /** A positive amount with at most the currency's decimals, below a thousand billion. */
  Money money(String field, String value, Currency currency) {
    BigDecimal amount = decimal(field, value == null ? null : value.replace(" ", ""), true, 15, 6, false);
    if (amount == null) {
      return null;
    }
    if (amount.signum() == 0) {
      problem(field, "must be more than 0");
      return null;
    }
    if (currency == null) {
      return null;
    }
    if (amount.stripTrailingZeros().scale() > Math.max(0, currency.getDefaultFractionDigits())) {
      problem(field, "has more decimals than " + currency.getCurrencyCode() + " has (" + currency.getDefaultFractionDigits() + ")");
      return null;
    }
    return new Money(amount, currency);
  }
}
