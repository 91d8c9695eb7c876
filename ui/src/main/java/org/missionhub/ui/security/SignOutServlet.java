package org.missionhub.ui.security;

import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * {@code /sign-out}: ends the MissionHub session and, through the OpenID Connect mechanism, Keycloak's
 * session too. {@code /sign-out?switch=<slug>} ends only MissionHub's session and signs in again at once for
 * that organisation (Keycloak, which still knows the person, asks nothing).
 */
@WebServlet("/sign-out")
public class SignOutServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient OpenIdContext openId;
  @Inject transient OidcSettings oidc;

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
    String switchTo = request.getParameter("switch");
    if (switchTo != null) {
      HttpSession session = request.getSession(false);
      if (session != null) {
        session.invalidate();
      }
      request.getSession(true).setAttribute(OidcSettings.REQUESTED_ORGANISATION, switchTo);
      response.sendRedirect(request.getContextPath() + "/sign-in");
      return;
    }
    // RP-initiated logout with the ID token as hint, so that Keycloak ends its session without asking
    String idToken = openId.getIdentityToken() == null ? null : openId.getIdentityToken().getToken();
    String returnTo = oidc.getPostLogoutRedirectUri();
    // the sign-in lives in the HTTP session (request.logout() would start a new sign-in with this mechanism)
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    StringBuilder logout =
        new StringBuilder(oidc.getProviderUri())
            .append("/protocol/openid-connect/logout?client_id=")
            .append(encode(oidc.getClientId()))
            .append("&post_logout_redirect_uri=")
            .append(encode(returnTo));
    if (idToken != null) {
      logout.append("&id_token_hint=").append(encode(idToken));
    }
    response.sendRedirect(logout.toString());
  }
}
