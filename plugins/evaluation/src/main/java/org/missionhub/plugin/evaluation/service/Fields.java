package org.missionhub.plugin.evaluation.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.evaluation.model.Periodicity;

/**
 * Reads a form's fields and collects every problem, each naming its field, so that one answer lists all of
 * them (400, contract 1.1.0); {@link #check()} throws if there was any.
 */
final class Fields {

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
        problem(field, "must be a date such as 2026-12-31");
      }
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      problem(field, "must be a date such as 2026-12-31");
      return null;
    }
  }

  /** A value as the columns hold it: up to 18 digits before the point and 6 after, negative allowed. */
  BigDecimal number(String field, String value, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        problem(field, "must be a number such as 42 or 12.5");
      }
      return null;
    }
    try {
      BigDecimal number = new BigDecimal(value.strip().replace(" ", ""));
      if (number.scale() > 6 || number.precision() - number.scale() > 18) {
        problem(field, "must have at most 18 digits before the point and 6 after");
        return null;
      }
      return number;
    } catch (NumberFormatException e) {
      problem(field, "must be a number such as 42 or 12.5");
      return null;
    }
  }

  LocalDate period(String field, String value, Periodicity periodicity) {
    if (periodicity == null) {
      return null;
    }
    return periodicity.parse(value).orElseGet(() -> {
      problem(field, "must be a " + periodicity.name().toLowerCase(Locale.ROOT) + " period such as " + periodicity.example());
      return null;
    });
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
