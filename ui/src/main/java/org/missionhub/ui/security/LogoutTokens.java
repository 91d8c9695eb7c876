package org.missionhub.ui.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.missionhub.core.security.RealmKeys;

/**
 * Verifies the logout tokens Keycloak posts to MissionHub's back-channel logout endpoint (OpenID Connect
 * Back-Channel Logout 1.0, section 2.6): signed by the realm, for the UI's client, with the back-channel
 * logout event, a session ({@code sid}) or a subject, and no {@code nonce}.
 */
@ApplicationScoped
public class LogoutTokens {

  private static final Logger LOG = Logger.getLogger(LogoutTokens.class.getName());
  static final String EVENT = "http://schemas.openid.net/event/backchannel-logout";

  /** The session and person a valid logout token ends; either may be null, not both. */
  public record Logout(String sessionId, String subject) {}

  @Inject RealmKeys realm;
  @Inject OidcSettings oidc;

  private ConfigurableJWTProcessor<SecurityContext> processor;

  @PostConstruct
  void configure() {
    processor = realm.processor(oidc.getClientId(), Set.of("iat", "events"), new JOSEObjectType("logout+jwt"), new JOSEObjectType("Logout"), JOSEObjectType.JWT, null);
  }

  /** The logout the token asks for, or empty if it is not a valid logout token. */
  public Optional<Logout> verify(String token) {
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    try {
      return logout(processor.process(token, null));
    } catch (ParseException | BadJOSEException e) {
      LOG.info("Refused a back-channel logout token: " + e.getMessage());
      return Optional.empty();
    } catch (JOSEException e) {
      LOG.warning("Cannot verify back-channel logout tokens (the identity provider's keys?): " + e.getMessage());
      return Optional.empty();
    }
  }

  static Optional<Logout> logout(JWTClaimsSet claims) throws ParseException {
    Map<String, Object> events = claims.getJSONObjectClaim("events");
    String sessionId = claims.getStringClaim("sid");
    String subject = claims.getSubject();
    if (events == null || !events.containsKey(EVENT) || claims.getClaim("nonce") != null || (sessionId == null && subject == null)) {
      return Optional.empty();
    }
    return Optional.of(new Logout(sessionId, subject));
  }
}
