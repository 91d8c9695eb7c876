package org.missionhub.ui.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.missionhub.core.security.KeycloakSettings;

/**
 * The UI's OpenID Connect client settings, for the EL expressions of {@link OidcLogin}: the Keycloak realm
 * ({@code missionhub.keycloak.url} + {@code missionhub.keycloak.realm}) and the confidential client
 * ({@code MISSIONHUB_UI_CLIENT_ID}, {@code MISSIONHUB_UI_CLIENT_SECRET}).
 */
@Named("oidc")
@ApplicationScoped
public class OidcSettings {

  @Inject KeycloakSettings keycloak;

  @Inject
  @ConfigProperty(name = "missionhub.ui.client-id", defaultValue = "missionhub-ui")
  String clientId;

  @Inject
  @ConfigProperty(name = "missionhub.ui.client-secret")
  String clientSecret;

  /** Parameter of {@code /sign-in}: the organisation (slug) to sign in for, when switching organisation. */
  public static final String ORGANISATION_PARAMETER = "organisation";

  @Inject HttpServletRequest request;

  /**
   * The scopes of a sign-in. {@code organization} makes Keycloak ask someone in several organisations which
   * one to work in; {@code organization:<slug>} selects one directly (switching organisation from the UI).
   */
  public String[] getScope() {
    String requested = requestedOrganisation();
    String organisation = requested != null && requested.matches("[a-z0-9-]{3,63}") ? "organization:" + requested : "organization";
    return new String[] {"openid", "profile", "email", "microprofile-jwt", organisation};
  }

  /** The organisation asked for in a sign-in request ({@code GET /sign-in?organisation=<slug>}), if any. */
  private String requestedOrganisation() {
    boolean signIn = "GET".equals(request.getMethod()) && request.getRequestURI().equals(request.getContextPath() + "/sign-in");
    return signIn ? request.getParameter(ORGANISATION_PARAMETER) : null;
  }

  /** Where Keycloak sends the browser after signing out: MissionHub's home page. */
  public String getPostLogoutRedirectUri() {
    String base = request.getScheme() + "://" + request.getServerName();
    boolean defaultPort =
        (request.getScheme().equals("http") && request.getServerPort() == 80)
            || (request.getScheme().equals("https") && request.getServerPort() == 443);
    return base + (defaultPort ? "" : ":" + request.getServerPort()) + request.getContextPath() + "/";
  }

  public String getProviderUri() {
    return keycloak.realmUrl();
  }

  public String getClientId() {
    return clientId;
  }

  public String getClientSecret() {
    return clientSecret;
  }

  /** Keycloak's page where a new person creates their account. */
  public String registrationUrl() {
    return getProviderUri() + "/protocol/openid-connect/registrations?client_id=" + clientId + "&response_type=code&scope=openid";
  }
}
