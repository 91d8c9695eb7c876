package org.missionhub.plugin.evaluation.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.missionhub.api.plugin.FormFields;
import org.missionhub.plugin.evaluation.model.Periods;

/**
 * Reads an evaluation form's fields with the contract's {@link FormFields} (every problem named by its
 * field, contract 1.5.0), and the plugin's own kinds: values as the columns hold them, and periods.
 */
final class Fields extends FormFields {

  /** A value as the columns hold it: up to 18 digits before the point and 6 after, negative allowed. */
  BigDecimal number(String field, String value, boolean required) {
    return decimal(field, value == null ? null : value.replace(" ", ""), required, 18, 6, true);
  }

  LocalDate period(String field, String value, Periods periods) {
    if (periods == null) {
      return null;
    }
    return periods.parse(value).orElseGet(() -> {
      problem(field, "must be a " + periods.periodicity().name().toLowerCase(Locale.ROOT) + " period such as " + periods.example()
          + (periods.isCalendar() ? "" : " (years from " + java.time.Month.of(periods.yearStart()).getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + ")"));
      return null;
    });
  }
}
