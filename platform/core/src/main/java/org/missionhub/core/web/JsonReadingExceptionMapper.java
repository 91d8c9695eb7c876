package org.missionhub.core.web;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.missionhub.core.shared.FieldError;
import org.missionhub.core.shared.ProblemKind;

/**
 * A request body that is not JSON, or JSON of the wrong shape (a number where text is expected, an unknown
 * property). Answers 400 and names the property when the JSON-B provider tells which one it was; the
 * provider's own message is not echoed because it names Java classes.
 */
@Provider
public class JsonReadingExceptionMapper implements ExceptionMapper<ProcessingException> {

  private static final Pattern PROPERTY =
      Pattern.compile("(?:property|field)\\s*\\[?'?\"?([A-Za-z_][A-Za-z0-9_]*)", Pattern.CASE_INSENSITIVE);

  private static final Pattern UNKNOWN_ENUM_VALUE =
      Pattern.compile("No enum constant ([A-Za-z0-9_.$]+)\\.([A-Za-z0-9_]+)");

  @Override
  public Response toResponse(ProcessingException e) {
    String property = propertyNamedIn(e);
    if (property == null) {
      return Problems.response(
          ProblemKind.MALFORMED_REQUEST, "The request body is not valid JSON for this resource");
    }
    String message = allowedValuesIn(e).map(v -> "must be one of " + v).orElse("has the wrong type or is not a known property");
    return Problems.response(
        ProblemKind.MALFORMED_REQUEST,
        property + ": " + message,
        List.of(new FieldError(property, message)));
  }

  /** For an unknown enum value, the values that would have been accepted. */
  static java.util.Optional<String> allowedValuesIn(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      Matcher m = t.getMessage() == null ? null : UNKNOWN_ENUM_VALUE.matcher(t.getMessage());
      if (m != null && m.find() && m.group(1).startsWith("org.missionhub.")) {
        try {
          Class<?> type = Class.forName(m.group(1), false, JsonReadingExceptionMapper.class.getClassLoader());
          Object[] constants = type.getEnumConstants();
          if (constants != null) {
            return java.util.Optional.of(
                java.util.Arrays.stream(constants).map(Object::toString).collect(java.util.stream.Collectors.joining(", ")));
          }
        } catch (ClassNotFoundException ignored) {
          return java.util.Optional.empty();
        }
      }
    }
    return java.util.Optional.empty();
  }

  static String propertyNamedIn(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() == null) {
        continue;
      }
      Matcher m = PROPERTY.matcher(t.getMessage());
      if (m.find()) {
        return m.group(1);
      }
    }
    return null;
  }
}
