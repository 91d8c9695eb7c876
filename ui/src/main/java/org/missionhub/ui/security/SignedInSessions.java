package org.missionhub.ui.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.missionhub.core.security.EndedSignIns;
import org.missionhub.core.security.domain.EndedSignIn;

/**
 * The UI sessions on this server that belong to a Keycloak sign-in, by their Keycloak session ({@code sid})
 * and person, so that a back-channel logout can end them. A session leaves the registry when it ends
 * ({@link SignedInSessionListener}). In a cluster a session can reach this server after its sign-in ended
 * elsewhere (the server that had it failed): the first time this server sees a session it asks whether its
 * sign-in ended ({@link EndedSignIns}; {@link SignOutsAcrossServers} ends the ones it already has).
 */
@ApplicationScoped
public class SignedInSessions {

  private static final Logger LOG = Logger.getLogger(SignedInSessions.class.getName());

  private record SignIn(HttpSession session, String subject, String keycloakSession, OffsetDateTime began) {}

  private final Map<String, SignIn> byHttpSession = new ConcurrentHashMap<>();

  @Inject EndedSignIns ended;

  /**
   * Records the session of a signed-in person (cheap when it is known already); false, and the session is
   * ended, if its sign-in has ended: the person must sign in again.
   */
  boolean register(HttpSession session, String subject, String keycloakSession) {
    if (byHttpSession.containsKey(session.getId())) {
      return true;
    }
    OffsetDateTime began = Instant.ofEpochMilli(session.getCreationTime()).atOffset(ZoneOffset.UTC);
    if (ended.hasEnded(keycloakSession, subject, began)) {
      invalidate(session);
      return false;
    }
    byHttpSession.putIfAbsent(session.getId(), new SignIn(session, subject, keycloakSession, began));
    return true;
  }

  void forget(String httpSessionId) {
    byHttpSession.remove(httpSessionId);
  }

  /** Ends this server's sessions of a sign-in that ended; returns how many. */
  int end(EndedSignIn signIn) {
    int count = 0;
    for (SignIn here : byHttpSession.values()) {
      if (signIn.ends(here.keycloakSession(), here.subject(), here.began())
          && byHttpSession.remove(here.session().getId(), here)) {
        invalidate(here.session());
        count++;
      }
    }
    return count;
  }

  private static void invalidate(HttpSession session) {
    try {
      session.invalidate();
    } catch (IllegalStateException alreadyEnded) {
      LOG.fine("A session ended before its back-channel logout arrived");
    }
  }
}
