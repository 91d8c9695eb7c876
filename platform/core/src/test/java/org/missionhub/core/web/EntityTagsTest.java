package org.missionhub.core.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import jakarta.ws.rs.core.HttpHeaders;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.shared.ProblemKind;

/**
 * Reading If-Match. ({@link EntityTags#of} is not tested here: building an EntityTag needs a JAX-RS
 * runtime, which only the server provides.)
 */
class EntityTagsTest {

  /** Request headers holding only the given If-Match value (null: no If-Match header). */
  private static HttpHeaders ifMatch(String value) {
    return (HttpHeaders)
        Proxy.newProxyInstance(
            EntityTagsTest.class.getClassLoader(),
            new Class<?>[] {HttpHeaders.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getHeaderString")) {
                return HttpHeaders.IF_MATCH.equalsIgnoreCase((String) args[0]) ? value : null;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }

  private static void assertProblem(Throwable thrown, ProblemKind kind) {
    assertThat(thrown).isInstanceOfSatisfying(ApplicationException.class, e -> assertThat(e.kind()).isEqualTo(kind));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"7\"", "W/\"7\"", "7", "  \"7\"  "})
  void quotedWeakAndUnquotedTagsAreRead(String header) {
    // when
    long version = EntityTags.expectedVersion(ifMatch(header));

    // then
    assertThat(version).isEqualTo(7L);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   "})
  void missingIfMatchIsPreconditionRequired(String header) {
    // when
    Throwable thrown = catchThrowable(() -> EntityTags.expectedVersion(ifMatch(header)));

    // then
    assertProblem(thrown, ProblemKind.PRECONDITION_REQUIRED);
    assertThat(ProblemKind.PRECONDITION_REQUIRED.status()).isEqualTo(428);
  }

  @Test
  void wildcardIsRefusedAsPreconditionRequired() {
    // when
    Throwable thrown = catchThrowable(() -> EntityTags.expectedVersion(ifMatch(" * ")));

    // then
    assertProblem(thrown, ProblemKind.PRECONDITION_REQUIRED);
    assertThat(thrown).hasMessageContaining("If-Match: *");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"abc\"", "W/\"\"", "\"7\", \"8\"", "\"", "W/", "\"7"})
  void tagsWeNeverIssuedArePreconditionFailed(String header) {
    // when
    Throwable thrown = catchThrowable(() -> EntityTags.expectedVersion(ifMatch(header)));

    // then
    assertProblem(thrown, ProblemKind.PRECONDITION_FAILED);
    assertThat(ProblemKind.PRECONDITION_FAILED.status()).isEqualTo(412);
  }
}
