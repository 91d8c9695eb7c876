package org.missionhub.ui.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * {@code POST /oidc-backchannel-logout}: Keycloak tells MissionHub that a sign-in ended (the person signed
 * out elsewhere, an administrator ended their sessions or disabled the account): the UI sessions of that
 * sign-in end now, on this server and within seconds on the others of a cluster ({@link SignOutsAcrossServers}),
 * and the person's account is checked again at their next API request. Configured as the
 * UI client's back-channel logout URL in the realm. Answers 400 to anything but a valid logout token.
 */
@WebServlet("/oidc-backchannel-logout")
public class BackChannelLogoutServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(BackChannelLogoutServlet.class.getName());

  @Inject transient LogoutTokens tokens;
  @Inject transient SignOutsAcrossServers signOuts;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    response.setHeader("Cache-Control", "no-store");
    Optional<LogoutTokens.Logout> logout = tokens.verify(request.getParameter("logout_token"));
    if (logout.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      response.setContentType("application/json");
      response.getWriter().write("{\"error\":\"invalid_request\",\"error_description\":\"not a valid logout token\"}");
      return;
    }
    int ended = signOuts.heard(logout.get());
    LOG.info("Back-channel logout from Keycloak ended " + ended + " UI session(s)");
    response.setStatus(HttpServletResponse.SC_OK);
  }
}
