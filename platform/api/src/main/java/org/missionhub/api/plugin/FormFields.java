package org.missionhub.api.plugin;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads a form's fields as a plugin's clients send them — text, so that a wrong value is refused naming its
 * field rather than failing the whole body — and collects every problem, so that one 400 answer lists all of
 * them (contract 1.5.0); {@link #check()} throws if there was any. One instance per form read.
 */
public class FormFields {

  private final List<PluginProblem.FieldError> problems = new ArrayList<>();

  /** Stripped text of at most {@code max} characters; null if blank (a problem if required). */
  public String text(String field, String value, int max, boolean required) {
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

  /** One of the enum's names, in any case; {@code fallback} if blank (a problem if the fallback is null). */
  public <E extends Enum<E>> E choice(String field, String value, Class<E> type, E fallback) {
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

  /** An ISO date ({@code 2027-03-31}); null if blank (a problem if required). */
  public LocalDate date(String field, String value, boolean required) {
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

  /**
   * An exact decimal with at most {@code integerDigits} digits before the point and {@code scale} after,
   * negative only if {@code negative}; null if blank (a problem if required).
   */
  public BigDecimal decimal(String field, String value, boolean required, int integerDigits, int scale, boolean negative) {
    if (value == null || value.isBlank()) {
      if (required) {
        problem(field, "must be a number such as 42 or 12.5");
      }
      return null;
    }
    try {
      BigDecimal number = new BigDecimal(value.strip());
      if (number.scale() > scale || number.precision() - number.scale() > integerDigits || (!negative && number.signum() < 0)) {
        problem(field, "must be a number" + (negative ? "" : " of at least 0") + " with at most " + integerDigits + " digits before the point and " + scale + " after");
        return null;
      }
      return number;
    } catch (NumberFormatException e) {
      problem(field, "must be a number such as 42 or 12.5");
      return null;
    }
  }

  public void problem(String field, String message) {
    problems.add(new PluginProblem.FieldError(field, message));
  }

  public boolean ok() {
    return problems.isEmpty();
  }

  /** Throws a 400 problem naming every field refused so far, if any. */
  public void check() {
    if (!problems.isEmpty()) {
      throw PluginProblem.invalid(problems);
    }
  }

  private static <E extends Enum<E>> String names(Class<E> type) {
    return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
  }
}
