package org.missionhub.core.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.shared.FieldError;

/**
 * Bean Validation failures of request bodies and parameters, as a 400 problem naming each field the way the
 * client spelled it ({@code title}, {@code members[0].name}), never the Java method or parameter name.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  @Override
  public Response toResponse(ConstraintViolationException e) {
    List<FieldError> errors =
        e.getConstraintViolations().stream()
            .map(v -> new FieldError(fieldName(v), v.getMessage()))
            .sorted(Comparator.comparing(FieldError::field))
            .toList();
    if (errors.isEmpty()) {
      errors = List.of(new FieldError("body", "is invalid"));
    }
    ApplicationException problem = ApplicationException.invalid(errors);
    return Problems.response(problem.kind(), problem.getMessage(), problem.fieldErrors());
  }

  static String fieldName(ConstraintViolation<?> violation) {
    StringBuilder name = new StringBuilder();
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
        continue;
      }
      if (node.getKind() == ElementKind.PARAMETER) {
        continue;
      }
      if (node.getKind() == ElementKind.CONTAINER_ELEMENT && node.getName() == null) {
        continue;
      }
      if (node.getIndex() != null && name.length() > 0) {
        name.append('[').append(node.getIndex()).append(']');
      }
      if (node.getName() != null) {
        if (name.length() > 0) {
          name.append('.');
        }
        name.append(node.getName());
      }
    }
    // a violation on a whole parameter (a missing body) has no property name
    return name.length() > 0 ? name.toString() : "body";
  }
}
