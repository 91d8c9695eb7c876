package org.missionhub.core.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.missionhub.core.shared.ApplicationException;

/** Parses enum-valued query parameters, answering 400 with the allowed values for an unknown one. */
public final class Enums {

  private Enums() {}

  public static <E extends Enum<E>> Optional<E> optional(String field, String value, Class<E> type) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
      throw ApplicationException.invalid(field, "must be one of " + allowed);
    }
  }
}
