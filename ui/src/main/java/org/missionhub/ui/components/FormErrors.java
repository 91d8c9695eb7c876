package org.missionhub.ui.components;

import com.vaadin.flow.component.HasValidation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.shared.FieldError;

/**
 * Puts what the server refused next to the field it concerns, by the field names the application services
 * report (the same names the API's problem details carry). Errors about no known field, and every other
 * failure, go to {@link Feedback}.
 */
public final class FormErrors {

  private final Map<String, HasValidation> fields = new LinkedHashMap<>();

  public FormErrors field(String name, HasValidation field) {
    field.setManualValidation(true);
    fields.put(name, field);
    return this;
  }

  public void clear() {
    fields.values().forEach(f -> f.setInvalid(false));
  }

  /** Shows the failure; returns true if at least one field now says what is wrong. */
  public boolean show(RuntimeException failure) {
    clear();
    boolean shown = false;
    for (FieldError error : errorsOf(failure)) {
      HasValidation field = fields.get(baseName(error.field()));
      if (field != null) {
        field.setErrorMessage(error.message());
        field.setInvalid(true);
        shown = true;
      }
    }
    if (!shown) {
      Feedback.failure(failure);
    }
    return shown;
  }

  static List<FieldError> errorsOf(RuntimeException failure) {
    if (failure instanceof ApplicationException application) {
      return application.fieldErrors();
    }
    if (failure instanceof ConstraintViolationException violations) {
      List<FieldError> errors = new ArrayList<>();
      for (ConstraintViolation<?> v : violations.getConstraintViolations()) {
        errors.add(new FieldError(leaf(v.getPropertyPath()), v.getMessage()));
      }
      return errors;
    }
    return List.of();
  }

  /** "create.charter.title" -> "title"; "partners[2]" -> "partners". */
  static String baseName(String field) {
    int bracket = field.indexOf('[');
    return bracket < 0 ? field : field.substring(0, bracket);
  }

  private static String leaf(Path path) {
    String name = "";
    for (Path.Node node : path) {
      if (node.getName() != null && !node.getName().startsWith("<")) {
        name = node.getName();
      }
    }
    return name;
  }
}
