package org.missionhub.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionhub.it.support.Api;
import org.missionhub.it.support.ApiResponse;
import org.missionhub.it.support.Keycloak;
import org.missionhub.it.support.Person;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;
import org.missionhub.it.support.TestTokens;

/**
 * Only tokens Keycloak issued for MissionHub get in: signature, issuer, audience, expiry and algorithm are
 * all checked, and a disabled account is refused at its next request.
 */
class AuthenticationIT {

  private Org org;
  private String path;

  @BeforeEach
  void organisation() {
    org = Scenario.organisation("auth");
    path = org.path() + "/missions";
  }

  @Test
  void aKeycloakTokenOfAMemberIsAccepted() {
    assertThat(org.admin().api().get(path).status()).isEqualTo(200);
  }

  @Test
  void noTokenIsRefused() {
    ApiResponse response = Api.anonymous().get(path);
    assertThat(response.status()).isEqualTo(401);
    assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
  }

  @Test
  void onlyTheExactAddressOfAFeedIsReadWithoutAToken() {
    // a feed's address answers 404 for an unknown secret, rather than asking for a token
    assertThat(Api.anonymous().get("/api/v1/feeds/" + org.slug() + "/" + "A".repeat(43) + ".ics").status()).isEqualTo(404);
    // anything else under it, or another method, needs a token like every other path
    assertThat(Api.anonymous().get("/api/v1/feeds/" + org.slug()).status()).isEqualTo(401);
    assertThat(Api.anonymous().get("/api/v1/feeds/" + org.slug() + "/x/y").status()).isEqualTo(401);
    assertThat(Api.anonymous().send("POST", "/api/v1/feeds/" + org.slug() + "/x.ics", "{}", java.util.Map.of("Content-Type", "application/json")).status())
        .isEqualTo(401);
    assertThat(Api.anonymous().get(org.path() + "/feeds").status()).isEqualTo(401);
  }

  @Test
  void garbageIsRefused() {
    assertThat(Api.as("not-a-jwt").get(path).status()).isEqualTo(401);
  }

  @Test
  void anExpiredTokenIsRefused() throws InterruptedException {
    // given a client whose tokens live one second
    String clientId = "short-lived-" + Scenario.shortId();
    Keycloak.createClient(
        Keycloak.REALM,
        Json.createObjectBuilder()
            .add("clientId", clientId)
            .add("publicClient", true)
            .add("directAccessGrantsEnabled", true)
            .add("attributes", Json.createObjectBuilder().add("access.token.lifespan", "1"))
            .add("protocolMappers", Json.createArrayBuilder().add(Keycloak.audienceMapper()))
            .add("defaultClientScopes", Json.createArrayBuilder().add("basic").add("profile").add("email").add("microprofile-jwt").add("organization"))
            .build());
    String token = Keycloak.token(Keycloak.REALM, clientId, org.admin().username(), Keycloak.PASSWORD);
    assertThat(Api.as(token).get(path).status()).isEqualTo(200);
    // when it has expired (beyond the servers' 2 s clock skew)
    Thread.sleep(4500);
    // then it is refused
    assertThat(Api.as(token).get(path).status()).isEqualTo(401);
  }

  @Test
  void aTamperedTokenIsRefused() {
    assertThat(Api.as(TestTokens.tampered(org.admin().token())).get(path).status()).isEqualTo(401);
  }

  @Test
  void aTokenForAnotherAudienceIsRefused() {
    // given a client of the same realm that does not put missionhub-api into the audience
    String clientId = "other-app-" + Scenario.shortId();
    Keycloak.createClient(
        Keycloak.REALM,
        Json.createObjectBuilder()
            .add("clientId", clientId)
            .add("publicClient", true)
            .add("directAccessGrantsEnabled", true)
            .add("defaultClientScopes", Json.createArrayBuilder().add("basic").add("profile").add("email").add("microprofile-jwt").add("organization"))
            .build());
    String token = Keycloak.token(Keycloak.REALM, clientId, org.admin().username(), Keycloak.PASSWORD);
    assertThat(Api.as(token).get(path).status()).isEqualTo(401);
  }

  @Test
  void aTokenOfAnotherRealmIsRefused() {
    // given another realm of the same Keycloak, with a user and a client that even names missionhub-api
    String realm = "other-" + Scenario.shortId();
    Keycloak.createRealm(
        Json.createObjectBuilder()
            .add("realm", realm)
            .add("enabled", true)
            .add(
                "clients",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("clientId", "missionhub-cli")
                            .add("publicClient", true)
                            .add("directAccessGrantsEnabled", true)
                            .add("protocolMappers", Json.createArrayBuilder().add(Keycloak.audienceMapper()))))
            .add(
                "users",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("username", "intruder")
                            .add("enabled", true)
                            .add("email", "intruder@example.org")
                            .add("firstName", "In")
                            .add("lastName", "Truder")
                            .add("emailVerified", true)
                            .add(
                                "credentials",
                                Json.createArrayBuilder()
                                    .add(Json.createObjectBuilder().add("type", "password").add("value", "x").add("temporary", false)))))
            .build());
    try {
      String token = Keycloak.token(realm, "missionhub-cli", "intruder", "x");
      assertThat(Api.as(token).get(path).status()).isEqualTo(401);
    } finally {
      Keycloak.deleteRealm(realm);
    }
  }

  @Test
  void aTokenSignedWithAnUnknownKeyIsRefused() {
    Person admin = org.admin();
    String forged = TestTokens.forSubject(admin.subject()).name(admin.name()).organisations(org.slug()).build();
    assertThat(Api.as(forged).get(path).status()).isEqualTo(401);
  }

  @Test
  void anUnsignedTokenIsRefused() {
    Person admin = org.admin();
    String unsigned = TestTokens.forSubject(admin.subject()).name(admin.name()).organisations(org.slug()).unsigned().build();
    assertThat(Api.as(unsigned).get(path).status()).isEqualTo(401);
  }

  @Test
  void aDisabledAccountIsRefusedAtItsNextRequest() {
    // given a member with a valid token
    Person member = Scenario.member(org, "MEMBER");
    assertThat(member.api().get(path).status()).isEqualTo(200);
    // when Keycloak's administrator disables the account
    Keycloak.setEnabled(member.subject(), false);
    // then the same, still unexpired token is refused at once
    ApiResponse refused = member.api().get(path);
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.json().getString("type")).endsWith("/account-disabled");
  }

  @Test
  void platformAdministrationNeedsThePlatformRole() {
    // given a valid token without the PLATFORM_ADMIN role
    ApiResponse response = org.admin().api().get("/api/v1/platform/organisations");
    // then the caller is known but not allowed
    assertThat(response.status()).isEqualTo(403);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(Scenario.platformAdmin().api().get("/api/v1/platform/organisations").status()).isEqualTo(200);
  }

  @Test
  void healthAndApiDocumentationArePublic() {
    assertThat(Api.anonymous().get("/health/ready").status()).isEqualTo(200);
    assertThat(Api.anonymous().get("/health/live").status()).isEqualTo(200);
    assertThat(Api.anonymous().get("/openapi").status()).isEqualTo(200);
  }

  @Test
  void theApiIndexIsPublicAndNothingBelowItIs() {
    ApiResponse index = Api.anonymous().get("/api/v1");
    assertThat(index.status()).isEqualTo(200);
    assertThat(index.json().getString("version")).isEqualTo("1");
    assertThat(index.json().getString("openapi")).isEqualTo("/openapi");
    assertThat(Api.anonymous().send("POST", "/api/v1", "{}", java.util.Map.of("Content-Type", "application/json")).status()).isEqualTo(401);
    assertThat(Api.anonymous().get("/api/v1/me").status()).isEqualTo(401);
  }
}
