package org.missionhub.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.missionhub.it.support.ItEnvironment;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;

/**
 * The back-channel logout endpoint ends sessions only for a logout token Keycloak signed for the UI client;
 * anything else (an access token of the same realm included) is refused with 400 and ends nothing. The
 * endpoint working for Keycloak's real tokens: {@code browser.SignOutIT}.
 */
class BackChannelLogoutIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static HttpResponse<String> post(String logoutToken) throws IOException, InterruptedException {
    String form = logoutToken == null ? "" : "logout_token=" + URLEncoder.encode(logoutToken, StandardCharsets.UTF_8);
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(ItEnvironment.baseUrl() + "/oidc-backchannel-logout"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void anythingButALogoutTokenSignedForTheUiIsRefused() throws Exception {
    Org org = Scenario.organisation("logout-forged");
    String accessToken = org.admin().token();

    for (String forged : new String[] {null, "", "not-a-jwt", accessToken, unsigned(accessToken)}) {
      HttpResponse<String> refused = post(forged);
      assertThat(refused.statusCode()).as("logout_token %s", forged).isEqualTo(400);
      assertThat(refused.body()).contains("invalid_request");
      assertThat(refused.headers().firstValue("Cache-Control")).contains("no-store");
    }
    // and the person's API access goes on
    assertThat(org.admin().api().get("/api/v1/me").status()).isEqualTo(200);
  }

  /** The token's claims with {@code alg: none} and no signature. */
  private static String unsigned(String jwt) {
    String header = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
    return header + "." + jwt.split("\\.")[1] + ".";
  }
}
