package org.missionhub.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionhub.it.support.Api;
import org.missionhub.it.support.ApiResponse;
import org.missionhub.it.support.Person;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;
import org.missionhub.it.support.TestTokens;

/** Only verified tokens get in: signature, issuer, audience, expiry and algorithm are all checked. */
class AuthenticationIT {

  private Org org;
  private String path;

  @BeforeEach
  void organisation() {
    org = Scenario.organisation("auth");
    path = org.path() + "/missions";
  }

  @Test
  void aValidTokenOfAMemberIsAccepted() {
    assertThat(org.admin().api().get(path).status()).isEqualTo(200);
  }

  @Test
  void noTokenIsRefused() {
    ApiResponse response = Api.anonymous().get(path);
    assertThat(response.status()).isEqualTo(401);
    assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
  }

  @Test
  void garbageIsRefused() {
    assertThat(Api.as("not-a-jwt").get(path).status()).isEqualTo(401);
  }

  @Test
  void anExpiredTokenIsRefused() {
    String token = builder().expiresAt(Instant.now().minusSeconds(600)).build();
    assertThat(Api.as(token).get(path).status()).isEqualTo(401);
  }

  @Test
  void aTamperedTokenIsRefused() {
    assertThat(Api.as(TestTokens.tampered(builder().build())).get(path).status()).isEqualTo(401);
  }

  @Test
  void aTokenForAnotherAudienceIsRefused() {
    assertThat(Api.as(builder().audience("some-other-client").build()).get(path).status()).isEqualTo(401);
  }

  @Test
  void aTokenOfAnotherRealmIsRefused() {
    String token = builder().issuer("http://localhost:8180/realms/another-realm").build();
    assertThat(Api.as(token).get(path).status()).isEqualTo(401);
  }

  @Test
  void aTokenSignedWithAnUnknownKeyIsRefused() {
    assertThat(Api.as(builder().signedWithUnknownKey().build()).get(path).status()).isEqualTo(401);
  }

  @Test
  void anUnsignedTokenIsRefused() {
    assertThat(Api.as(builder().unsigned().build()).get(path).status()).isEqualTo(401);
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

  private TestTokens.Builder builder() {
    Person admin = org.admin();
    return TestTokens.forSubject(admin.subject()).name(admin.name()).organisations(org.slug());
  }
}
