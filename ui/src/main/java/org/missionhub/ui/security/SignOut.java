package org.missionhub.ui.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Signing out and switching organisation, as actions of the UI: they run from a click, a Vaadin request
 * that carries Vaadin's anti-forgery token, so no other site can make a browser do them (there is no
 * {@code GET /sign-out} to link to). Both end the MissionHub session; signing out ends Keycloak's session
 * too (RP-initiated logout with the ID token as hint, so Keycloak asks nothing), while switching signs in
 * again at once for the chosen organisation (Keycloak still knows the person).
 */
@Dependent
public class SignOut implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient OpenIdContext openId;
  @Inject transient OidcSettings oidc;

  /** Ends the session here and in Keycloak, then shows MissionHub's home page. */
  public void signOut(UI ui) {
    String idToken = identityToken();
    StringBuilder logout =
        new StringBuilder(oidc.getProviderUri())
            .append("/protocol/openid-connect/logout?client_id=")
            .append(encode(oidc.getClientId()))
            .append("&post_logout_redirect_uri=")
            .append(encode(oidc.getPostLogoutRedirectUri()));
    if (idToken != null) {
      logout.append("&id_token_hint=").append(encode(idToken));
    }
    endSessionAndGo(ui, logout.toString());
  }

  /** The sign-in's ID token: Liberty's, or the copy that came from another server ({@link SignInTokens}). */
  private String identityToken() {
    if (openId.getIdentityToken() != null) {
      return openId.getIdentityToken().getToken();
    }
    Object carried = VaadinSession.getCurrent().getSession().getAttribute(SignInTokens.ATTRIBUTE);
    return carried instanceof SignInTokens tokens ? tokens.identityToken() : null;
  }

  /** Ends the session here and signs in again for the organisation {@code slug}. */
  public void switchTo(UI ui, String slug) {
    // the session ends in the request that leaves the page (see SwitchOrganisationServlet)
    String token = SwitchOrganisationServlet.issue(VaadinSession.getCurrent().getSession()::setAttribute);
    ui.getPage().setLocation("switch-organisation?" + OidcSettings.ORGANISATION_PARAMETER + "=" + encode(slug) + "&token=" + token);
  }

  private static void endSessionAndGo(UI ui, String location) {
    // Vaadin's way: navigate first, then end the HTTP session (the sign-in lives in it)
    ui.getPage().setLocation(location);
    VaadinSession.getCurrent().getSession().invalidate();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
