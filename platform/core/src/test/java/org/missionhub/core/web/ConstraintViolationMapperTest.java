package org.missionhub.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.missionhub.api.mission.ChallengeArea;
import org.missionhub.api.mission.GovernanceMode;
import org.missionhub.api.organisation.OrganisationType;
import org.missionhub.core.governance.domain.BodyMember;
import org.missionhub.core.governance.domain.BodyRecord;
import org.missionhub.core.mission.domain.Charter;
import org.missionhub.core.organisation.application.NewOrganisation;

/**
 * Field names of Bean Validation failures as the client spelled them, with a real Hibernate Validator.
 * One validator factory per test class (it is immutable and costly to build).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConstraintViolationMapperTest {

  private final ValidatorFactory factory = Validation.buildDefaultValidatorFactory();
  private final Validator validator = factory.getValidator();

  /** Stands in for an application service whose parameters the container validates. */
  static class Service {
    public void create(String missionId, @NotNull @Valid BodyRecord body) {}

    public void rename(@NotBlank String name) {}
  }

  @AfterAll
  void closeFactory() {
    factory.close();
  }

  private static List<String> fieldNames(Set<? extends ConstraintViolation<?>> violations) {
    return violations.stream().map(ConstraintViolationMapper::fieldName).sorted().toList();
  }

  private static BodyMember member(String name, BodyMember.Function function) {
    return new BodyMember(name, null, function, null);
  }

  @Test
  void charterPropertiesAreNamedAsInTheRequestBody() {
    // given
    Charter charter = new Charter(" ", "Statement", null, "x".repeat(2001), true, LocalDate.now(), null, GovernanceMode.HYBRID);

    // when
    List<String> fields = fieldNames(validator.validate(charter));

    // then
    assertThat(fields).containsExactly("challengeArea", "targetStatement", "title");
  }

  @Test
  void invalidMemberOfABodyIsNamedWithItsIndex() {
    // given: the second member has no name and no function
    BodyRecord body =
        new BodyRecord(
            "Steering committee", null, List.of(member("Ada", BodyMember.Function.CHAIR), member(" ", null)));

    // when
    List<String> fields = fieldNames(validator.validate(body));

    // then
    assertThat(fields).containsExactly("members[1].function", "members[1].name");
  }

  @Test
  void tooManyMembersNameTheListItself() {
    // given
    BodyRecord body = new BodyRecord("Board", null, Collections.nCopies(101, member("Ada", BodyMember.Function.MEMBER)));

    // when
    List<String> fields = fieldNames(validator.validate(body));

    // then
    assertThat(fields).containsExactly("members");
  }

  @Test
  void recordComponentsAreNamedAsInJson() {
    // given
    NewOrganisation organisation =
        new NewOrganisation("acme", "Acme", OrganisationType.NGO, "XX", "http://not-a-domain", "not-an-email");

    // when
    List<String> fields = fieldNames(validator.validate(organisation));

    // then
    assertThat(fields).containsExactly("country", "firstAdminEmail", "webDomain");
  }

  @Test
  void methodAndParameterNodesAreSkippedForAValidatedRequestBody() throws Exception {
    // given
    Method create = Service.class.getMethod("create", String.class, BodyRecord.class);
    BodyRecord body = new BodyRecord(" ", null, List.of(member(" ", BodyMember.Function.CHAIR)));

    // when
    List<String> fields =
        fieldNames(validator.forExecutables().validateParameters(new Service(), create, new Object[] {"m-1", body}));

    // then
    assertThat(fields).containsExactly("members[0].name", "name");
  }

  @Test
  void aViolationOnTheWholeParameterIsNamedBody() throws Exception {
    // given
    Method create = Service.class.getMethod("create", String.class, BodyRecord.class);
    Method rename = Service.class.getMethod("rename", String.class);

    // when
    List<String> missingBody =
        fieldNames(validator.forExecutables().validateParameters(new Service(), create, new Object[] {"m-1", null}));
    List<String> blankParameter =
        fieldNames(validator.forExecutables().validateParameters(new Service(), rename, new Object[] {" "}));

    // then
    assertThat(missingBody).containsExactly("body");
    assertThat(blankParameter).containsExactly("body");
  }

  @Test
  void validInputHasNoViolations() {
    // given
    Charter charter =
        new Charter("Safe streets", "Halve deaths", ChallengeArea.MOBILITY, null, false, null, null, GovernanceMode.TOP_DOWN);

    // when / then
    assertThat(validator.validate(charter)).isEmpty();
  }
}
