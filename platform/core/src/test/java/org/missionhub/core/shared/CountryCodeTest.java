package org.missionhub.core.shared;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class CountryCodeTest {

  /** A request body field constrained like NewOrganisation.country. */
  record Address(@CountryCode String country) {}

  @ParameterizedTest
  @ValueSource(strings = {"DK", "FR", "DE", "GL", "US"})
  void upperCaseIsoAlpha2CodesAreValid(String code) {
    // when / then
    assertThat(CountryCode.Validator.isValid(code)).isTrue();
    assertThat(new CountryCode.Validator().isValid(code, null)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"dk", "Dk", "DNK", "D", "", "XX", "EU", " DK"})
  void otherCodesAreInvalid(String code) {
    // when / then
    assertThat(CountryCode.Validator.isValid(code)).isFalse();
    assertThat(new CountryCode.Validator().isValid(code, null)).isFalse();
  }

  @ParameterizedTest
  @NullSource
  void nullIsValidForTheConstraintButNotForTheStaticCheck(String code) {
    // when / then: @NotNull decides whether a country is required; domain code requires one
    assertThat(new CountryCode.Validator().isValid(code, null)).isTrue();
    assertThat(CountryCode.Validator.isValid(code)).isFalse();
  }

  @Test
  void theConstraintWorksThroughBeanValidation() {
    // given
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      var validator = factory.getValidator();

      // when
      var invalid = validator.validate(new Address("XX"));
      var valid = validator.validate(new Address("DK"));

      // then
      assertThat(invalid)
          .singleElement()
          .satisfies(
              v -> {
                assertThat(v.getPropertyPath()).hasToString("country");
                assertThat(v.getMessage()).isEqualTo("must be an ISO 3166-1 alpha-2 country code such as DK or FR");
              });
      assertThat(valid).isEmpty();
    }
  }
}
