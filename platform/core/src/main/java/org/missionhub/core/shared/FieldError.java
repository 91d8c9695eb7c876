package org.missionhub.core.shared;

import java.util.Objects;

/** One invalid input field: its name as the client sent it, and a readable message. */
public record FieldError(String field, String message) {

  public FieldError {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }
}
