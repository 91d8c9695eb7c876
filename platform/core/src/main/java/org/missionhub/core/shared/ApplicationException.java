package org.missionhub.core.shared;

import java.util.List;
import java.util.Objects;

/**
 * An expected failure of an application service: bad input, a missing resource, a rule of the domain. The
 * web layer turns it into an RFC 9457 problem; the UI shows its message. Never carries internal details.
 */
public class ApplicationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final ProblemKind kind;
  private final transient List<FieldError> fieldErrors;

  public ApplicationException(ProblemKind kind, String message) {
    this(kind, message, List.of());
  }

  public ApplicationException(ProblemKind kind, String message, List<FieldError> fieldErrors) {
    super(Objects.requireNonNull(message, "message"));
    this.kind = Objects.requireNonNull(kind, "kind");
    this.fieldErrors = List.copyOf(fieldErrors);
  }

  public ProblemKind kind() {
    return kind;
  }

  public List<FieldError> fieldErrors() {
    return fieldErrors;
  }

  /** A resource that does not exist, or that the caller may not know exists (cross-tenant access). */
  public static ApplicationException notFound(String what) {
    return new ApplicationException(ProblemKind.NOT_FOUND, what + " not found");
  }

  public static ApplicationException conflict(String message) {
    return new ApplicationException(ProblemKind.CONFLICT, message);
  }

  public static ApplicationException forbidden(String message) {
    return new ApplicationException(ProblemKind.FORBIDDEN, message);
  }

  public static ApplicationException invalid(String field, String message) {
    return new ApplicationException(
        ProblemKind.VALIDATION, field + ": " + message, List.of(new FieldError(field, message)));
  }

  public static ApplicationException invalid(List<FieldError> errors) {
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("at least one field error");
    }
    String message =
        errors.size() == 1
            ? errors.get(0).field() + ": " + errors.get(0).message()
            : errors.size() + " fields are invalid";
    return new ApplicationException(ProblemKind.VALIDATION, message, errors);
  }

  public static ApplicationException staleVersion(String what) {
    return new ApplicationException(
        ProblemKind.PRECONDITION_FAILED,
        what + " was changed by someone else since you loaded it; reload it and apply your change again");
  }
}
