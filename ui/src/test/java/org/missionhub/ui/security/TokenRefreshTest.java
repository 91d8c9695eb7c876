package org.missionhub.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The refresh token grant as Keycloak's token endpoint takes it (RFC 6749 section 6), against a local endpoint. */
class TokenRefreshTest {

  private HttpServer endpoint;
  private final AtomicReference<Map<String, String>> received = new AtomicReference<>();
  private volatile int status = 200;
  private volatile String answer;
  private TokenRefresh refresh;

  @BeforeEach
  void start() throws IOException {
    endpoint = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    endpoint.createContext("/realms/missionhub/protocol/openid-connect/token", exchange -> {
      String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      received.set(Arrays.stream(form.split("&")).map(p -> p.split("=", 2))
          .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8))));
      byte[] body = answer.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(status, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    endpoint.start();
    String realm = "http://127.0.0.1:" + endpoint.getAddress().getPort() + "/realms/missionhub";
    refresh = new TokenRefresh();
    refresh.oidc = new OidcSettings() {
      @Override public String getProviderUri() { return realm; }
      @Override public String getClientId() { return "missionhub-ui"; }
      @Override public String getClientSecret() { return "s3cret&more"; }
    };
  }

  @AfterEach
  void stop() {
    endpoint.stop(0);
  }

  @Test
  void newTokensComeFromTheRefreshTokenGrantAsTheConfidentialClient() {
    String renewed = SignInTokensTest.jwt("{\"exp\":2000000600}");
    answer = "{\"access_token\":\"" + renewed + "\",\"refresh_token\":\"refresh-2\",\"expires_in\":300}";
    SignInTokens old = new SignInTokens("old", "refresh-1", "id-1", Instant.EPOCH);

    Optional<SignInTokens> result = refresh.refresh(old);

    assertThat(received.get()).containsEntry("grant_type", "refresh_token").containsEntry("client_id", "missionhub-ui")
        .containsEntry("client_secret", "s3cret&more").containsEntry("refresh_token", "refresh-1");
    assertThat(result).hasValueSatisfying(tokens -> {
      assertThat(tokens.accessToken()).isEqualTo(renewed);
      assertThat(tokens.refreshToken()).isEqualTo("refresh-2");
      assertThat(tokens.identityToken()).as("kept when Keycloak sends no new one").isEqualTo("id-1");
      assertThat(tokens.expiresAt()).isEqualTo(Instant.ofEpochSecond(2_000_000_600L));
    });
  }

  @Test
  void aRefusalEndsTheCarriedSignIn() {
    status = 400;
    answer = "{\"error\":\"invalid_grant\",\"error_description\":\"Session not active\"}";
    assertThat(refresh.refresh(new SignInTokens("old", "refresh-1", "id-1", Instant.EPOCH))).isEmpty();
  }

  @Test
  void withoutARefreshTokenKeycloakIsNotAsked() {
    assertThat(refresh.refresh(new SignInTokens("old", null, "id-1", Instant.EPOCH))).isEmpty();
    assertThat(received.get()).isNull();
  }

  @Test
  void anUnreachableKeycloakEndsTheCarriedSignIn() {
    endpoint.stop(0);
    assertThat(refresh.refresh(new SignInTokens("old", "refresh-1", "id-1", Instant.EPOCH))).isEmpty();
  }
}
