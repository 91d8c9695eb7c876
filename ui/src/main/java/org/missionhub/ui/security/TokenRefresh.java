package org.missionhub.ui.security;

import static org.missionhub.core.shared.JsonSupport.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * New tokens for a sign-in carried over from another server ({@link SignInTokens}): the refresh token grant
 * of Keycloak's token endpoint, as the UI's confidential client (what Liberty does for its own OpenID
 * context with {@code tokenAutoRefresh}). Empty when Keycloak refuses (the sign-in ended there) or cannot be
 * reached: the person then signs in again.
 */
@ApplicationScoped
public class TokenRefresh {

  private static final Logger LOG = Logger.getLogger(TokenRefresh.class.getName());

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();

  @Inject OidcSettings oidc;

  Optional<SignInTokens> refresh(SignInTokens tokens) {
    if (tokens.refreshToken() == null) {
      return Optional.empty();
    }
    String form =
        "grant_type=refresh_token&client_id=" + encode(oidc.getClientId())
            + "&client_secret=" + encode(oidc.getClientSecret())
            + "&refresh_token=" + encode(tokens.refreshToken());
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(oidc.getProviderUri() + "/protocol/openid-connect/token"))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        LOG.info("Keycloak refused to refresh a carried-over sign-in (HTTP " + response.statusCode() + "): the person signs in again");
        return Optional.empty();
      }
      JsonObject answer;
      try (var reader = JSON.createReader(new StringReader(response.body()))) {
        answer = reader.readObject();
      }
      return Optional.of(
          SignInTokens.of(
              answer.getString("access_token"),
              answer.getString("refresh_token", tokens.refreshToken()),
              answer.getString("id_token", tokens.identityToken())));
    } catch (IOException | RuntimeException e) {
      LOG.warning("Could not refresh a carried-over sign-in with Keycloak: " + e.getClass().getSimpleName());
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
