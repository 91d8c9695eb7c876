package org.missionhub.ui.components;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.util.Locale;
import java.util.Set;

/**
 * Validates a form field as the person types, with the very constraints the application service will
 * check (the Bean Validation annotations of its input record), in the reader's language. Marks required
 * fields and limits text length to what the service accepts.
 */
@ApplicationScoped
public class FieldRules {

  @Inject ValidatorFactory validators;

  /** Binds the field to the rules of {@code type.property}; returns a check to run before submitting. */
  public <C extends Component & HasValue<?, ?> & HasValidation> Check bind(C field, Class<?> type, String property) {
    field.setManualValidation(true);
    PropertyDescriptor descriptor = validators.getValidator().getConstraintsForClass(type).getConstraintsForProperty(property);
    if (descriptor != null) {
      for (ConstraintDescriptor<?> constraint : descriptor.getConstraintDescriptors()) {
        var annotation = constraint.getAnnotation();
        if (annotation instanceof NotBlank || annotation instanceof NotNull) {
          markRequired(field);
        }
        if (annotation instanceof Size size && size.max() < Integer.MAX_VALUE) {
          if (field instanceof TextField text) {
            text.setMaxLength(size.max());
          } else if (field instanceof TextArea area) {
            area.setMaxLength(size.max());
          }
        }
      }
    }
    Check check = () -> validate(field, type, property);
    field.addValueChangeListener(change -> check.passes());
    return check;
  }

  /**
   * Required fields show Vaadin's indicator, except Select, which would put aria-required on a button
   * (vaadin/web-components#7337, an accessibility error): its label says "required" in words instead.
   */
  private static <C extends Component & HasValue<?, ?> & HasValidation> void markRequired(C field) {
    if (field instanceof Select<?> select) {
      select.setLabel(select.getTranslation("field.requiredLabel", select.getLabel()));
    } else {
      field.setRequiredIndicatorVisible(true);
    }
  }

  private <C extends Component & HasValue<?, ?> & HasValidation> boolean validate(C field, Class<?> type, String property) {
    Object value = field.getValue();
    if (value instanceof String text && text.isBlank()) {
      value = text.isEmpty() ? null : text;
    }
    Locale locale = field.getUI().map(ui -> ui.getLocale()).orElse(Locale.ENGLISH);
    Validator validator =
        validators.usingContext().messageInterpolator(new InLocale(validators.getMessageInterpolator(), locale)).getValidator();
    @SuppressWarnings({"unchecked", "rawtypes"})
    Set<ConstraintViolation<?>> violations = (Set) validator.validateValue((Class) type, property, value);
    if (violations.isEmpty()) {
      field.setInvalid(false);
      return true;
    }
    field.setErrorMessage(violations.iterator().next().getMessage());
    field.setInvalid(true);
    return false;
  }

  /** Runs a field's rules now, showing the result; true when the value is acceptable. */
  @FunctionalInterface
  public interface Check {
    boolean passes();

    /** Runs every check (so every field shows its state); true if all pass. */
    static boolean all(Check... checks) {
      boolean ok = true;
      for (Check check : checks) {
        ok &= check.passes();
      }
      return ok;
    }
  }

  /** Interpolates messages in a fixed locale. */
  private record InLocale(MessageInterpolator delegate, Locale locale) implements MessageInterpolator {
    @Override
    public String interpolate(String template, Context context) {
      return delegate.interpolate(template, context, locale);
    }

    @Override
    public String interpolate(String template, Context context, Locale ignored) {
      return delegate.interpolate(template, context, locale);
    }
  }
}
