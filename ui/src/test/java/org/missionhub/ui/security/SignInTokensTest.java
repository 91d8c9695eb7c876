package org.missionhub.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SignInTokensTest {

  static String jwt(String payload) {
    Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
    return base64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8))
        + "." + base64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + ".signature";
  }

  @Test
  void theAccessTokensExpiryComesFromItsClaims() {
    SignInTokens tokens = SignInTokens.of(jwt("{\"sub\":\"a\",\"exp\":2000000000}"), "refresh", "id");
    assertThat(tokens.expiresAt()).isEqualTo(Instant.ofEpochSecond(2_000_000_000L));
    assertThat(tokens.usableAt(Instant.ofEpochSecond(1_999_999_000L))).isTrue();
    // a margin: a token about to expire is refreshed rather than sent
    assertThat(tokens.usableAt(Instant.ofEpochSecond(1_999_999_995L))).isFalse();
  }

  @Test
  void aTokenWithoutExpiryIsNeverUsable() {
    assertThat(SignInTokens.of(jwt("{\"sub\":\"a\"}"), null, null).usableAt(Instant.now())).isFalse();
  }

  @Test
  void theCopyIsWrittenToTheSessionOnlyWhenItChanged() {
    AtomicInteger writes = new AtomicInteger();
    HttpSession session = session(new HashMap<>(), writes);
    SignInTokens first = SignInTokens.of(jwt("{\"exp\":2000000000}"), "r", "i");
    first.keepIn(session);
    SignInTokens.of(jwt("{\"exp\":2000000000}"), "r", "i").keepIn(session);
    assertThat(writes).hasValue(1);
    SignInTokens renewed = SignInTokens.of(jwt("{\"exp\":2000000300}"), "r2", "i");
    renewed.keepIn(session);
    assertThat(writes).hasValue(2);
    assertThat(SignInTokens.in(session)).isEqualTo(renewed);
  }

  @Test
  void itTravelsWithTheSessionAndNeverShowsTheTokens() throws Exception {
    SignInTokens tokens = SignInTokens.of(jwt("{\"exp\":2000000000}"), "the-refresh-token", "the-id-token");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(tokens);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(in.readObject()).isEqualTo(tokens);
    }
    assertThat(tokens.toString()).doesNotContain("the-refresh-token", "the-id-token", tokens.accessToken());
  }

  /** An HTTP session holding attributes in a map, counting writes. */
  static HttpSession session(Map<String, Object> attributes, AtomicInteger writes) {
    return (HttpSession)
        Proxy.newProxyInstance(
            SignInTokensTest.class.getClassLoader(),
            new Class<?>[] {HttpSession.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getAttribute" -> attributes.get((String) args[0]);
                  case "setAttribute" -> {
                    writes.incrementAndGet();
                    yield attributes.put((String) args[0], args[1]);
                  }
                  case "removeAttribute" -> attributes.remove((String) args[0]);
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }
}
