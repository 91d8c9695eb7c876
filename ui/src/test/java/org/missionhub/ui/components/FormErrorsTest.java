package org.missionhub.ui.components;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.shared.FieldError;

/** Server errors land on the field whose name the service reports, as the API's problem details name it. */
class FormErrorsTest {

  @Test
  void indexedFieldsMapToTheirList() {
    assertThat(FormErrors.baseName("partners[2]")).isEqualTo("partners");
    assertThat(FormErrors.baseName("title")).isEqualTo("title");
  }

  @Test
  void applicationErrorsCarryTheirFields() {
    ApplicationException e =
        ApplicationException.invalid(List.of(new FieldError("title", "must not be blank"), new FieldError("endDate", "is before the start")));
    assertThat(FormErrors.errorsOf(e)).extracting(FieldError::field).containsExactly("title", "endDate");
  }

  @Test
  void otherFailuresHaveNoFieldErrors() {
    assertThat(FormErrors.errorsOf(ApplicationException.conflict("taken"))).isEmpty();
    assertThat(FormErrors.errorsOf(new IllegalStateException("bug"))).isEmpty();
  }
}
