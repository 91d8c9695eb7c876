package org.missionhub.ui.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The UI sessions of this server that belong to a Keycloak sign-in, by their Keycloak session ({@code sid})
 * and person, so that a back-channel logout can end them. Sessions live in this server's memory (one
 * server per sign-in; a cluster shares them through session persistence, issue "scale-out"); a session
 * leaves the registry when it ends ({@link SignedInSessionListener}).
 */
@ApplicationScoped
public class SignedInSessions {

  private static final Logger LOG = Logger.getLogger(SignedInSessions.class.getName());

  private record SignIn(HttpSession session, String subject, String keycloakSession) {}

  private final Map<String, SignIn> byHttpSession = new ConcurrentHashMap<>();

  /** Records the session of a signed-in person (cheap when it is known already). */
  void register(HttpSession session, String subject, String keycloakSession) {
    byHttpSession.putIfAbsent(session.getId(), new SignIn(session, subject, keycloakSession));
  }

  void forget(String httpSessionId) {
    byHttpSession.remove(httpSessionId);
  }

  /**
   * Ends the sessions of the Keycloak session {@code keycloakSession}, or, when the logout names no session,
   * every session of {@code subject}. Returns how many ended.
   */
  int end(LogoutTokens.Logout logout) {
    int ended = 0;
    for (SignIn signIn : byHttpSession.values()) {
      boolean matches =
          logout.sessionId() != null
              ? logout.sessionId().equals(signIn.keycloakSession())
              : Objects.equals(logout.subject(), signIn.subject());
      if (matches && byHttpSession.remove(signIn.session().getId(), signIn)) {
        invalidate(signIn.session());
        ended++;
      }
    }
    return ended;
  }

  private static void invalidate(HttpSession session) {
    try {
      session.invalidate();
    } catch (IllegalStateException alreadyEnded) {
      LOG.fine("A session ended before its back-channel logout arrived");
    }
  }
}
