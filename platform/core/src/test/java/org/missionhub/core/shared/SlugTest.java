package org.missionhub.core.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.missionhub.api.organisation.OrganisationStatus;
import org.missionhub.api.organisation.OrganisationType;
import org.missionhub.core.organisation.domain.Organisation;

class SlugTest {

  @ParameterizedTest
  @ValueSource(strings = {"abc", "a-b", "city-of-aarhus", "x9z", "123", "a--b"})
  void lowerCaseLettersDigitsAndInnerHyphensAreValid(String slug) {
    // when / then
    assertThat(Slug.isValid(slug)).isTrue();
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "ab", "-abc", "abc-", "Abc", "ab c", "ab_c", "æøå", "abc/def", " abc"})
  void otherSlugsAreInvalid(String slug) {
    // when / then
    assertThat(Slug.isValid(slug)).isFalse();
  }

  @Test
  void lengthIsThreeToSixtyThree() {
    // given
    String longest = "a".repeat(63);
    String tooLong = "a".repeat(64);

    // when / then
    assertThat(Slug.isValid(longest)).isTrue();
    assertThat(Slug.isValid(tooLong)).isFalse();
    assertThat(Slug.isValid("a".repeat(3))).isTrue();
  }

  @Test
  void anOrganisationWithAnInvalidSlugIsRefusedNamingTheField() {
    // when
    Throwable thrown =
        catchThrowable(
            () ->
                new Organisation(
                    "Not A Slug", "Name", OrganisationType.NGO, "DK", OrganisationStatus.ACTIVE, java.time.OffsetDateTime.now()));

    // then
    assertThat(thrown)
        .isInstanceOfSatisfying(
            ApplicationException.class,
            e -> assertThat(e.fieldErrors()).containsExactly(new FieldError("slug", Slug.RULE)));
  }
}
