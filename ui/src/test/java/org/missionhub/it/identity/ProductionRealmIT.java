package org.missionhub.it.identity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.missionhub.it.support.ItEnvironment;
import org.missionhub.it.support.Keycloak;
import org.missionhub.it.support.Scenario;

/**
 * The production realm's identity policy, proved on a real Keycloak: the realm file
 * (infra/keycloak/realm/production/missionhub-realm.json) is imported under another name, with a
 * password-grant client of the test's own (the production realm has none), and tried. Password policy:
 * 12 characters at least, not the username, not one of the 30,000 most common passwords. Brute force: the
 * fifth wrong password locks the account for a while, even against the right one. Second factor: the
 * platform roles and anyone MissionHub gave MFA_REQUIRED (organisation administrators) need a TOTP code,
 * others do not.
 */
class ProductionRealmIT {

  private static final String CLIENT = "policy-check";
  private static final String STRONG = "Quiet-Harbour-Lantern-47";
  private static final String TOTP_SECRET = "policy-check-totp-secret";
  private static String realm;

  @BeforeAll
  static void importTheProductionRealm() throws IOException {
    realm = "production-check-" + Scenario.shortId();
    Path file = Path.of(ItEnvironment.keycloakScript()).resolveSibling("realm/production/missionhub-realm.json");
    String json =
        Files.readString(file)
            .replace("${MISSIONHUB_PUBLIC_URL}", "http://localhost:9999")
            .replaceAll("\\$\\{MISSIONHUB_[A-Z_]+_SECRET}", "secret-of-the-check");
    JsonObject definition;
    try (var reader = Json.createReader(new StringReader(json))) {
      definition = reader.readObject();
    }
    Keycloak.createRealm(Json.createObjectBuilder(definition).add("realm", realm).build());
    Keycloak.createClient(
        realm,
        Json.createObjectBuilder()
            .add("clientId", CLIENT)
            .add("publicClient", true)
            .add("directAccessGrantsEnabled", true)
            .add("standardFlowEnabled", false)
            .build());
  }

  @AfterAll
  static void deleteTheRealm() {
    Keycloak.deleteRealm(realm);
  }

  @Test
  void aPasswordMustBeLongNotTheUsernameAndNotACommonOne() {
    assertThat(createUser("short", "missionhub").body()).contains("invalidPasswordMinLengthMessage");
    assertThat(createUser("sameasusername12", "sameasusername12").body()).contains("invalidPasswordNotUsernameMessage");
    assertThat(createUser("common", "1qaz2wsx3edc").body()).contains("invalidPasswordBlacklistedMessage");
    assertThat(createUser("strong", STRONG).statusCode()).isEqualTo(201);
  }

  @Test
  void theFifthWrongPasswordLocksTheAccountEvenAgainstTheRightOne() throws InterruptedException {
    String username = "guessed-" + Scenario.shortId();
    assertThat(createUser(username, STRONG).statusCode()).isEqualTo(201);
    assertThat(grant(username, STRONG, Map.of())).isEqualTo(200);

    for (int attempt = 1; attempt <= 5; attempt++) {
      assertThat(grant(username, "wrong-guess-number-" + attempt, Map.of())).isNotEqualTo(200);
      afterTheQuickLoginCheck();
    }

    assertThat(grant(username, STRONG, Map.of())).isNotEqualTo(200);
    JsonObject lockout = json(Keycloak.adminOf(realm, "GET", "/attack-detection/brute-force/users/" + userId(username), null).body());
    assertThat(lockout.getBoolean("disabled")).isTrue();
    assertThat(lockout.getInt("numFailures")).isEqualTo(5);
  }

  @Test
  void platformRolesAndOrganisationAdministratorsNeedASecondFactorOthersDoNot() throws GeneralSecurityException, InterruptedException {
    String analyst = "analyst-" + Scenario.shortId();
    String administrator = "org-admin-" + Scenario.shortId();
    String member = "member-" + Scenario.shortId();
    importUserWithTotp(analyst, "BENCHMARK_ANALYST");
    importUserWithTotp(administrator, "MFA_REQUIRED");
    assertThat(createUser(member, STRONG).statusCode()).isEqualTo(201);

    for (String needsTotp : new String[] {analyst, administrator}) {
      assertThat(grant(needsTotp, STRONG, Map.of())).as(needsTotp + " with a password only").isNotEqualTo(200);
      afterTheQuickLoginCheck();
      assertThat(grant(needsTotp, STRONG, Map.of("totp", "000000".equals(totp()) ? "111111" : "000000"))).isNotEqualTo(200);
      afterTheQuickLoginCheck();
      assertThat(grant(needsTotp, STRONG, Map.of("totp", totp()))).as(needsTotp + " with the code").isEqualTo(200);
    }
    assertThat(grant(member, STRONG, Map.of())).isEqualTo(200);
  }

  private static HttpResponse<String> createUser(String username, String password) {
    var user = user(username).add("credentials", Json.createArrayBuilder().add(password(password)));
    return Keycloak.adminOf(realm, "POST", "/users", user.build().toString());
  }

  /** A user with a verified address, no credentials yet. */
  private static JsonObjectBuilder user(String username) {
    return Json.createObjectBuilder()
        .add("username", username)
        .add("email", username + "@example.org")
        .add("emailVerified", true)
        .add("enabled", true)
        .add("firstName", "Policy")
        .add("lastName", "Check");
  }

  private static JsonObjectBuilder password(String password) {
    return Json.createObjectBuilder().add("type", "password").add("value", password).add("temporary", false);
  }

  /** A user who set up TOTP already (what Keycloak's CONFIGURE_TOTP action leaves), with a realm role. */
  private static void importUserWithTotp(String username, String role) {
    var otp =
        Json.createObjectBuilder()
            .add("type", "otp")
            .add("userLabel", "phone")
            .add("secretData", Json.createObjectBuilder().add("value", TOTP_SECRET).build().toString())
            .add(
                "credentialData",
                Json.createObjectBuilder().add("subType", "totp").add("digits", 6).add("counter", 0).add("period", 30).add("algorithm", "HmacSHA1").build().toString());
    var user =
        user(username)
            .add("realmRoles", Json.createArrayBuilder().add(role))
            .add("credentials", Json.createArrayBuilder().add(password(STRONG)).add(otp));
    String body = Json.createObjectBuilder().add("ifResourceExists", "FAIL").add("users", Json.createArrayBuilder().add(user)).build().toString();
    HttpResponse<String> imported = Keycloak.adminOf(realm, "POST", "/partialImport", body);
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
  }

  /**
   * Two failures within a second lock an account for a minute (Keycloak's quick-login check): the tests
   * fail more slowly, so that what they see is the policy they test.
   */
  private static void afterTheQuickLoginCheck() throws InterruptedException {
    Thread.sleep(1100);
  }

  /** The status of a password grant: 200 with a token, or a refusal. */
  private static int grant(String username, String password, Map<String, String> extra) {
    HttpResponse<String> answer = Keycloak.passwordGrant(realm, CLIENT, username, password, extra);
    if (answer.statusCode() != 200) {
      assertThat(answer.body()).as("a refusal, not a failure").contains("invalid_grant");
    }
    return answer.statusCode();
  }

  private static String userId(String username) {
    HttpResponse<String> found = Keycloak.adminOf(realm, "GET", "/users?exact=true&username=" + username, null);
    try (var reader = Json.createReader(new StringReader(found.body()))) {
      return reader.readArray().getJsonObject(0).getString("id");
    }
  }

  private static JsonObject json(String body) {
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }

  /** RFC 6238 with Keycloak's defaults (HMAC-SHA1, 6 digits, 30 s); Keycloak keys it with the secret's bytes. */
  private static String totp() throws GeneralSecurityException, InterruptedException {
    // a code taken in a period's last seconds may reach Keycloak in the next one, which it does not accept
    long intoPeriod = Instant.now().getEpochSecond() % 30;
    if (intoPeriod >= 25) {
      Thread.sleep((30 - intoPeriod) * 1000 + 200);
    }
    Mac mac = Mac.getInstance("HmacSHA1");
    mac.init(new SecretKeySpec(TOTP_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
    byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(Instant.now().getEpochSecond() / 30).array());
    int offset = hash[hash.length - 1] & 0x0f;
    int binary = ByteBuffer.wrap(hash, offset, 4).getInt() & 0x7fffffff;
    return String.format("%06d", binary % 1_000_000);
  }
}
