package org.missionhub.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenCallerTest {

  @Test
  void listOfAliasesGivesEachStringAndSkipsOtherValues() {
    // given: Keycloak's organization claim as a list of aliases
    var claim = Json.createArrayBuilder().add("acme").add("beta").add(42).addNull().build();

    // when
    Set<String> slugs = TokenCaller.organisations(claim);

    // then
    assertThat(slugs).containsExactlyInAnyOrder("acme", "beta");
  }

  @Test
  void objectKeyedByAliasGivesItsKeys() {
    // given: the mapper variant that adds ids and attributes per organisation
    var claim =
        Json.createObjectBuilder()
            .add("acme", Json.createObjectBuilder().add("id", "5f3c"))
            .add("beta", Json.createObjectBuilder())
            .build();

    // when
    Set<String> slugs = TokenCaller.organisations(claim);

    // then
    assertThat(slugs).containsExactlyInAnyOrder("acme", "beta");
  }

  @Test
  void singleJsonStringGivesOneAlias() {
    // when
    Set<String> slugs = TokenCaller.organisations(Json.createValue("acme"));

    // then
    assertThat(slugs).containsExactly("acme");
  }

  @Test
  void plainJavaValuesAreReadToo() {
    // when
    Set<String> fromString = TokenCaller.organisations("acme");
    Set<String> fromCollection = TokenCaller.organisations(List.of("acme", Json.createValue("beta")));

    // then
    assertThat(fromString).containsExactly("acme");
    assertThat(fromCollection).containsExactlyInAnyOrder("acme", "beta");
  }

  @Test
  void missingOrUnexpectedClaimGivesNoOrganisation() {
    // when / then
    assertThat(TokenCaller.organisations(null)).isEmpty();
    assertThat(TokenCaller.organisations(JsonValue.NULL)).isEmpty();
    assertThat(TokenCaller.organisations(Json.createValue(7))).isEmpty();
    assertThat(TokenCaller.organisations(Json.createArrayBuilder().build())).isEmpty();
  }

  @Test
  void anUnverifiedEmailAddressIsNotTakenOver() {
    // given a token whose e-mail address the identity provider has not verified
    Map<String, Object> claims = new HashMap<>();
    claims.put("sub", "kc-9");
    claims.put("email", "someone-else@example.org");
    claims.put("email_verified", jakarta.json.JsonValue.FALSE);

    // when
    Caller caller = TokenCaller.from(claims);

    // then
    assertThat(caller.email()).isNull();
  }

  @Test
  void claimsParsedAsJsonWorkToo() {
    // given the claims of a token the UI received, parsed with JSON-P
    var claims =
        Json.createObjectBuilder()
            .add("sub", "kc-7")
            .add("email", "jo@example.org")
            .add("email_verified", true)
            .add("groups", Json.createArrayBuilder().add("BENCHMARK_ANALYST"))
            .add(TokenCaller.ORGANISATION_CLAIM, Json.createArrayBuilder().add("youth-minds"))
            .build();

    // when
    Caller caller = TokenCaller.from(claims);

    // then
    assertThat(caller.email()).isEqualTo("jo@example.org");
    assertThat(caller.platformRoles()).containsExactly(PlatformRole.BENCHMARK_ANALYST);
    assertThat(caller.organisationSlugs()).containsExactly("youth-minds");
  }

  @Test
  void callerIsReadFromTheVerifiedToken() {
    // given
    Map<String, Object> claims = new HashMap<>();
    claims.put("sub", "kc-123");
    claims.put("name", Json.createValue("Alex Example"));
    claims.put("email", "alex@example.org");
    claims.put("email_verified", Boolean.TRUE);
    claims.put("groups", Set.of("PLATFORM_ADMIN", "offline_access"));
    claims.put(TokenCaller.ORGANISATION_CLAIM, Json.createArrayBuilder().add("acme").build());

    // when
    Caller caller = TokenCaller.from(claims);

    // then
    assertThat(caller.subject()).isEqualTo("kc-123");
    assertThat(caller.displayName()).isEqualTo("Alex Example");
    assertThat(caller.email()).isEqualTo("alex@example.org");
    assertThat(caller.platformRoles()).containsExactly(PlatformRole.PLATFORM_ADMIN);
    assertThat(caller.organisationSlugs()).containsExactly("acme");
  }

  @Test
  void nameFallsBackToPreferredUsernameThenToTheSubject() {
    // given
    Map<String, Object> withUsername = new HashMap<>(Map.of("sub", "kc-1", "name", " ", "preferred_username", "alex"));
    Map<String, Object> bare = new HashMap<>(Map.of("sub", "kc-2"));

    // when
    Caller fromUsername = TokenCaller.from(withUsername);
    Caller fromSubject = TokenCaller.from(bare);

    // then
    assertThat(fromUsername.displayName()).isEqualTo("alex");
    assertThat(fromSubject.displayName()).isEqualTo("kc-2");
    assertThat(fromSubject.platformRoles()).isEmpty();
    assertThat(fromSubject.organisationSlugs()).isEmpty();
  }
}
