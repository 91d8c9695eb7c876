package org.missionhub.core.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where Keycloak is and how MissionHub's provisioning service account authenticates. From MicroProfile
 * Config (environment: {@code MISSIONHUB_KEYCLOAK_URL}, {@code MISSIONHUB_KEYCLOAK_REALM},
 * {@code MISSIONHUB_KEYCLOAK_PROVISIONER_CLIENT_ID}, {@code MISSIONHUB_KEYCLOAK_PROVISIONER_CLIENT_SECRET});
 * the secret is never committed.
 */
@ApplicationScoped
public class KeycloakSettings {

  @Inject
  @ConfigProperty(name = "missionhub.keycloak.url")
  String url;

  @Inject
  @ConfigProperty(name = "missionhub.keycloak.realm", defaultValue = "missionhub")
  String realm;

  @Inject
  @ConfigProperty(name = "missionhub.keycloak.provisioner.client-id", defaultValue = "missionhub-provisioner")
  String clientId;

  @Inject
  @ConfigProperty(name = "missionhub.keycloak.provisioner.client-secret")
  String clientSecret;

  @Inject
  @ConfigProperty(name = "missionhub.keycloak.timeout-seconds", defaultValue = "10")
  int timeoutSeconds;

  public String baseUrl() {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  public String realm() {
    return realm;
  }

  /** The realm's URL: the OpenID provider (and, by default, the tokens' issuer). */
  public String realmUrl() {
    return baseUrl() + "/realms/" + realm;
  }

  public String tokenUrl() {
    return realmUrl() + "/protocol/openid-connect/token";
  }

  /** The realm's public signing keys (JWKS). */
  public String keysUrl() {
    return realmUrl() + "/protocol/openid-connect/certs";
  }

  public String adminUrl() {
    return baseUrl() + "/admin/realms/" + realm;
  }

  public String clientId() {
    return clientId;
  }

  public String clientSecret() {
    return clientSecret;
  }

  public Duration timeout() {
    return Duration.ofSeconds(timeoutSeconds);
  }
}
