package org.missionhub.core.shared;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Locale;
import java.util.Set;

/** An ISO 3166-1 alpha-2 country code in upper case ({@code DK}, {@code FR}). Null is valid. */
@Retention(RUNTIME)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Constraint(validatedBy = CountryCode.Validator.class)
public @interface CountryCode {

  String message() default "must be an ISO 3166-1 alpha-2 country code such as DK or FR";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks codes against the JDK's list of ISO countries. */
  class Validator implements ConstraintValidator<CountryCode, String> {

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    public static boolean isValid(String code) {
      return code != null && CODES.contains(code);
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || isValid(value);
    }
  }
}
