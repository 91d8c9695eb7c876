package org.missionhub.api.plugin;

import java.util.Objects;

/**
 * A refusal a plugin reports; the platform turns it into the same RFC 9457 problem its own endpoints answer
 * (status, type, and for {@link Kind#INVALID} the field).
 */
public final class PluginProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final Kind kind;
  private final String field;

  private PluginProblem(Kind kind, String field, String message) {
    super(Objects.requireNonNull(message, "message"));
    this.kind = kind;
    this.field = field;
  }

  public static PluginProblem invalid(String field, String message) {
    return new PluginProblem(Kind.INVALID, Objects.requireNonNull(field, "field"), message);
  }

  public static PluginProblem notFound(String what) {
    return new PluginProblem(Kind.NOT_FOUND, null, what + " not found");
  }

  public static PluginProblem forbidden(String message) {
    return new PluginProblem(Kind.FORBIDDEN, null, message);
  }

  public static PluginProblem conflict(String message) {
    return new PluginProblem(Kind.CONFLICT, null, message);
  }

  /** The record changed since the client read it (a stale version): 412. */
  public static PluginProblem stale(String what) {
    return new PluginProblem(Kind.STALE, null, what + " was changed by someone else; reload it and apply your change again");
  }

  public Kind kind() {
    return kind;
  }

  /** The offending field, for {@link Kind#INVALID}. */
  public String field() {
    return field;
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
