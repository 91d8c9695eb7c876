package org.missionhub.core.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Verifies the API's bearer tokens: a JWS signed RS256 with one of the keys Keycloak publishes for the realm
 * (fetched and cached, refetched when Keycloak rotates them), issued by the realm, for the audience
 * {@code missionhub-api}, not expired (a small clock skew allowed), with a subject. Unsigned tokens, other
 * algorithms, other issuers and other audiences are refused.
 *
 * <p>Why not the container's MicroProfile JWT mechanism: the web module's authentication mechanism is the
 * UI's OpenID Connect sign-in, which Liberty then applies to every path, and its JWT consumer refuses a
 * token it has seen before (bearer tokens are reused until they expire). See docs/architecture.md.
 */
@ApplicationScoped
public class BearerTokens {

  private static final Logger LOG = Logger.getLogger(BearerTokens.class.getName());

  @Inject RealmKeys realm;

  @Inject
  @ConfigProperty(name = "missionhub.jwt.audience", defaultValue = "missionhub-api")
  String audience;

  private ConfigurableJWTProcessor<SecurityContext> processor;

  @PostConstruct
  void configure() {
    processor = realm.processor(audience, Set.of("sub", "exp", "iat"), JOSEObjectType.JWT, null);
  }

  /** The verified claims, or empty for any token that fails verification. */
  public Optional<Map<String, Object>> verify(String token) {
    try {
      return Optional.of(processor.process(token, null).getClaims());
    } catch (ParseException | BadJOSEException e) {
      LOG.fine(() -> "Refused a bearer token: " + e.getMessage());
      return Optional.empty();
    } catch (JOSEException e) {
      LOG.warning("Cannot verify bearer tokens (the identity provider's keys?): " + e.getMessage());
      return Optional.empty();
    }
  }
}
