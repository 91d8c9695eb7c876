package org.missionhub.plugin.funding.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** Amounts written as the reader's language writes numbers, to a currency's minor units (the tab, its sections, the card). */
final class Amounts {

  private Amounts() {}

  static String format(BigDecimal value, int digits, Locale locale) {
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMinimumFractionDigits(digits);
    format.setMaximumFractionDigits(digits);
    return format.format(value);
  }
}
