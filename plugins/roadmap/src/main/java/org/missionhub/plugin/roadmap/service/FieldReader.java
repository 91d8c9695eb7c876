package org.missionhub.plugin.roadmap.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.missionhub.api.plugin.PluginProblem;

/**
 * Reads a form's fields and collects every problem, each naming its field, so that one answer lists all of
 * them (400, contract 1.1.0); {@link #check()} throws if there was any.
 */
final class FieldReader {

  private final List<PluginProblem.FieldError> problems = new ArrayList<>();

  String text(String field, String value, int max, boolean required) {
    String stripped = value == null ? "" : value.strip();
    if (stripped.isEmpty()) {
      if (required) {
        problem(field, "must not be blank");
      }
      return null;
    }
    if (stripped.length() > max) {
      problem(field, "must be at most " + max + " characters");
      return null;
    }
    return stripped;
  }

  <E extends Enum<E>> E choice(String field, String value, Class<E> type, E fallback) {
    if (value == null || value.isBlank()) {
      if (fallback == null) {
        problem(field, "must be one of " + names(type));
      }
      return fallback;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problem(field, "must be one of " + names(type));
      return fallback;
    }
  }

  LocalDate date(String field, String value, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        problem(field, "must be a date such as 2027-03-31");
      }
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      problem(field, "must be a date such as 2027-03-31");
      return null;
    }
  }

  BigDecimal amount(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      BigDecimal amount = new BigDecimal(value.strip());
      if (amount.signum() < 0 || amount.scale() > 4 || amount.precision() - amount.scale() > 15) {
        problem(field, "must be an amount of at least 0, with at most 15 digits before the point and 4 after");
        return null;
      }
      return amount;
    } catch (NumberFormatException e) {
      problem(field, "must be an amount such as 250000 or 1250.50");
      return null;
    }
  }

  void problem(String field, String message) {
    problems.add(new PluginProblem.FieldError(field, message));
  }

  boolean ok() {
    return problems.isEmpty();
  }

  void check() {
    if (!problems.isEmpty()) {
      throw PluginProblem.invalid(problems);
    }
  }

  private static <E extends Enum<E>> String names(Class<E> type) {
    return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
  }
}
