package org.missionhub.core.security;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.MalformedURLException;
import java.net.URI;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The realm's signing keys, fetched once from Keycloak's JWKS endpoint and refetched when Keycloak rotates
 * them (and kept for an hour while Keycloak cannot be reached), shared by every kind of token MissionHub verifies (the API's bearer tokens, the back-channel logout
 * tokens). Each verifier asks for a processor with its own audience and required claims; all of them accept
 * RS256 only and the realm as issuer.
 */
@ApplicationScoped
public class RealmKeys {

  @Inject KeycloakSettings keycloak;

  /** The issuer as Keycloak writes it; defaults to the realm's URL. */
  @Inject
  @ConfigProperty(name = "missionhub.jwt.issuer")
  Optional<String> issuer;

  @Inject
  @ConfigProperty(name = "missionhub.jwt.clock-skew-seconds", defaultValue = "30")
  int clockSkewSeconds;

  private JWKSource<SecurityContext> keys;

  @PostConstruct
  void fetchLazily() {
    try {
      // outage tolerant: while Keycloak cannot be reached, tokens signed with keys known an hour ago still verify
      keys =
          JWKSourceBuilder.create(URI.create(keycloak.keysUrl()).toURL())
              .retrying(true)
              .outageTolerant(TimeUnit.HOURS.toMillis(1))
              .build();
    } catch (MalformedURLException | IllegalArgumentException e) {
      throw new IllegalStateException("missionhub.keycloak.url is not a URL: " + keycloak.baseUrl(), e);
    }
  }

  /**
   * A processor for tokens signed by the realm for {@code audience}, carrying {@code requiredClaims}, with
   * one of the given JOSE {@code typ} headers (null for none).
   */
  public ConfigurableJWTProcessor<SecurityContext> processor(String audience, Set<String> requiredClaims, JOSEObjectType... types) {
    DefaultJWTProcessor<SecurityContext> jwt = new DefaultJWTProcessor<>();
    jwt.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(types));
    jwt.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
    DefaultJWTClaimsVerifier<SecurityContext> claims =
        new DefaultJWTClaimsVerifier<>(
            Set.of(audience), new JWTClaimsSet.Builder().issuer(issuer.orElse(keycloak.realmUrl())).build(), requiredClaims, null);
    claims.setMaxClockSkew(clockSkewSeconds);
    jwt.setJWTClaimsSetVerifier(claims);
    return jwt;
  }
}
