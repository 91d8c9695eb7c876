package org.missionhub.ui.security;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * The tokens of a UI sign-in, copied into the HTTP session as plain text. Open Liberty keeps the sign-in in
 * its own OpenID context in the session, but a server reading a session persisted by another one does not get
 * that context back (seen with Liberty 26.0.0.3: an empty context, or ClassNotFoundException for
 * io.openliberty.security.jakartasec.identitystore.OpenIdContextImpl, a class its deserializer cannot see). With this copy
 * the person stays signed in when their server is lost ({@link UiCallerFilter}); it is refreshed with Keycloak
 * like Liberty's own ({@link TokenRefresh}).
 *
 * @param accessToken the access token (a JWT from Keycloak)
 * @param refreshToken the refresh token, if Keycloak gave one
 * @param identityToken the ID token, the hint of a sign-out
 * @param expiresAt when the access token expires
 */
public record SignInTokens(String accessToken, String refreshToken, String identityToken, Instant expiresAt)
    implements Serializable {

  /** The session attribute holding the copy. */
  static final String ATTRIBUTE = SignInTokens.class.getName();

  public SignInTokens {
    Objects.requireNonNull(accessToken, "accessToken");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }

  /** The tokens, with the access token's expiry read from its {@code exp} claim. */
  static SignInTokens of(String accessToken, String refreshToken, String identityToken) {
    JsonObject claims = UiCallerFilter.claims(accessToken);
    JsonNumber exp = claims.getJsonNumber("exp");
    return new SignInTokens(accessToken, refreshToken, identityToken, exp == null ? Instant.EPOCH : Instant.ofEpochSecond(exp.longValue()));
  }

  /** Whether the access token may still be used at {@code now} (a margin for clocks and the request's time). */
  boolean usableAt(Instant now) {
    return now.plusSeconds(10).isBefore(expiresAt);
  }

  static SignInTokens in(HttpSession session) {
    return session == null ? null : session.getAttribute(ATTRIBUTE) instanceof SignInTokens tokens ? tokens : null;
  }

  /** Keeps the copy in the session, written only when it changed (a session write is a database write in a cluster). */
  void keepIn(HttpSession session) {
    SignInTokens kept = in(session);
    if (kept == null || !kept.accessToken.equals(accessToken)) {
      session.setAttribute(ATTRIBUTE, this);
    }
  }

  @Override
  public String toString() {
    return "SignInTokens[expiresAt=" + expiresAt + "]"; // never the tokens, not even in a log line
  }
}
