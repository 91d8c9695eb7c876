package org.missionhub.core.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.shared.FieldError;
import org.missionhub.core.shared.PageRequest;
import org.missionhub.core.shared.PageRequest.SortOrder;
import org.missionhub.core.shared.ProblemKind;

class PageParamsTest {

  private static final Set<String> SORTABLE = Set.of("name", "createdAt", "status");

  private static PageRequest request(String page, String size, String sort) {
    return new PageParams(page, size, sort).toRequest(SORTABLE, "name");
  }

  private static void assertFieldError(Throwable thrown, String field, String messagePart) {
    assertThat(thrown)
        .isInstanceOfSatisfying(
            ApplicationException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(ProblemKind.VALIDATION);
              assertThat(e.fieldErrors()).singleElement().satisfies(error -> {
                assertThat(error.field()).isEqualTo(field);
                assertThat(error.message()).contains(messagePart);
              });
            });
  }

  @Test
  void missingParametersGiveTheFirstPageOfTwentyInTheDefaultOrder() {
    // when
    PageRequest request = request(null, null, null);
    PageRequest blank = request(" ", "", "  ");

    // then
    assertThat(request.page()).isZero();
    assertThat(request.size()).isEqualTo(PageParams.DEFAULT_SIZE).isEqualTo(20);
    assertThat(request.sort()).containsExactly(new SortOrder("name", false));
    assertThat(blank).isEqualTo(request);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "100", " 50 "})
  void sizesFromOneToHundredAreAccepted(String size) {
    // when
    PageRequest request = request("2", size, null);

    // then
    assertThat(request.size()).isEqualTo(Integer.parseInt(size.trim()));
    assertThat(request.offset()).isEqualTo(2 * request.size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "101", "-5"})
  void sizesOutsideOneToHundredAreFieldErrors(String size) {
    // when
    Throwable thrown = catchThrowable(() -> request(null, size, null));

    // then
    assertFieldError(thrown, "size", "between 1 and " + PageParams.MAX_SIZE);
  }

  @Test
  void aNegativePageIsAFieldError() {
    // when
    Throwable thrown = catchThrowable(() -> request("-1", null, null));

    // then
    assertFieldError(thrown, "page", "between 0 and");
  }

  @ParameterizedTest
  @CsvSource({"page,abc", "page,1.5", "size,ten", "size,99999999999"})
  void nonNumericValuesAreFieldErrorsNamingTheParameter(String parameter, String value) {
    // when
    PageParams params = parameter.equals("page") ? new PageParams(value, null, null) : new PageParams(null, value, null);
    Throwable thrown = catchThrowable(() -> params.toRequest(SORTABLE, "name"));

    // then
    assertFieldError(thrown, parameter, "whole number");
  }

  @Test
  void unknownSortPropertyIsAFieldErrorOnSortListingTheAllowedOnes() {
    // when
    Throwable thrown = catchThrowable(() -> request(null, null, "name,-password"));

    // then
    assertFieldError(thrown, "sort", "cannot sort by 'password'; use one of createdAt, name, status");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-", ",name", "name,,status"})
  void emptySortPropertiesAreRefused(String sort) {
    // when
    Throwable thrown = catchThrowable(() -> request(null, null, sort));

    // then
    assertFieldError(thrown, "sort", "cannot sort by ''");
  }

  @Test
  void minusPrefixSortsDescendingAndSeveralPropertiesKeepTheirOrder() {
    // when
    PageRequest request = request(null, null, "-createdAt, name");
    PageRequest byDefault = new PageParams(null, null, null).toRequest(SORTABLE, "-createdAt");

    // then
    assertThat(request.sort()).containsExactly(new SortOrder("createdAt", true), new SortOrder("name", false));
    assertThat(byDefault.sort()).containsExactly(new SortOrder("createdAt", true));
  }

  @Test
  void anUnreachablePageNumberIsAFieldErrorRatherThanAnOverflow() {
    // given: page * size does not fit in an int (the JPQL first-result offset)
    PageParams params = new PageParams("2147483647", "100", null);

    // when: the request is validated and its offset computed, as Jpql.page does for the query
    Throwable thrown = catchThrowable(() -> params.toRequest(SORTABLE, "name").offset());

    // then: a 400 naming page, not an ArithmeticException that the API answers with 500
    assertFieldError(thrown, "page", "");
  }

  @Test
  void fieldErrorsCarryTheParameterNameInTheMessage() {
    // when
    Throwable thrown = catchThrowable(() -> request(null, "0", null));

    // then
    assertThat(thrown).hasMessageStartingWith("size: ");
    assertThat(((ApplicationException) thrown).fieldErrors()).extracting(FieldError::field).containsExactly("size");
  }

  @Test
  void pageRequestRejectsImpossibleValuesItself() {
    // when / then
    assertThatThrownBy(() -> new PageRequest(-1, 10, java.util.List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PageRequest(0, 0, java.util.List.of())).isInstanceOf(IllegalArgumentException.class);
  }
}
