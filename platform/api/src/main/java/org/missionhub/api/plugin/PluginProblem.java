package org.missionhub.api.plugin;

import java.util.List;
import java.util.Objects;

/**
 * A refusal a plugin reports; the platform turns it into the same RFC 9457 problem its own endpoints answer
 * (status, type, and for {@link Kind#INVALID} the field).
 */
public final class PluginProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final Kind kind;
  private final List<FieldError> fields;

  private PluginProblem(Kind kind, List<FieldError> fields, String message) {
    super(Objects.requireNonNull(message, "message"));
    this.kind = kind;
    this.fields = List.copyOf(fields);
  }

  public static PluginProblem invalid(String field, String message) {
    return new PluginProblem(Kind.INVALID, List.of(new FieldError(field, message)), message);
  }

  /** Several fields are wrong at once (since contract 1.1.0): 400 naming each of them. */
  public static PluginProblem invalid(List<FieldError> errors) {
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("an invalid request names at least one field");
    }
    String summary = errors.stream().map(e -> e.field() + ": " + e.message()).collect(java.util.stream.Collectors.joining("; "));
    return new PluginProblem(Kind.INVALID, errors, summary);
  }

  public static PluginProblem notFound(String what) {
    return new PluginProblem(Kind.NOT_FOUND, List.of(), what + " not found");
  }

  public static PluginProblem forbidden(String message) {
    return new PluginProblem(Kind.FORBIDDEN, List.of(), message);
  }

  public static PluginProblem conflict(String message) {
    return new PluginProblem(Kind.CONFLICT, List.of(), message);
  }

  /** The record changed since the client read it (a stale version): 412. */
  public static PluginProblem stale(String what) {
    return new PluginProblem(Kind.STALE, List.of(), what + " was changed by someone else; reload it and apply your change again");
  }

  public Kind kind() {
    return kind;
  }

  /** The (first) offending field, for {@link Kind#INVALID}; null otherwise. */
  public String field() {
    return fields.isEmpty() ? null : fields.get(0).field();
  }

  /** Every offending field with its message, for {@link Kind#INVALID}; empty otherwise. */
  public List<FieldError> fields() {
    return fields;
  }

  /** One field and what is wrong with it. */
  public record FieldError(String field, String message) {
    public FieldError {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(message, "message");
    }
  }

  /** What went wrong, which decides the HTTP status. */
  public enum Kind {
    INVALID,
    NOT_FOUND,
    FORBIDDEN,
    CONFLICT,
    STALE
  }
}
