package org.missionhub.ui.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * {@code /switch-organisation?organisation=<slug>&token=<once>}: ends the MissionHub session and signs in again
 * for the chosen organisation ({@code /sign-in?organisation=<slug>}).
 *
 * <p>Why a servlet, not the click's own Vaadin request: ending the session inside a Vaadin request closes the
 * page's Push connection while the page is still there, and its reconnection could come in after the browser had
 * set off to sign in, with a new session cookie of its own, which then lost the sign-in's pending state (seen
 * once in CI: the Keycloak callback fell through to the application). Here the browser has left the page before
 * the session ends. The token, put in the session by the click, keeps other sites from switching someone's
 * organisation with a link; without it nothing ends and the person goes back to the workspace.
 */
@WebServlet("/switch-organisation")
public class SwitchOrganisationServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  static final String TOKEN = SwitchOrganisationServlet.class.getName() + ".token";
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A new one-time token for the session, for the switch the person just asked for. */
  static String issue(java.util.function.BiConsumer<String, Object> sessionAttributes) {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    String token = HexFormat.of().formatHex(bytes);
    sessionAttributes.accept(TOKEN, token);
    return token;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    response.setHeader("Cache-Control", "no-store");
    HttpSession session = request.getSession(false);
    String slug = request.getParameter(OidcSettings.ORGANISATION_PARAMETER);
    String given = request.getParameter("token");
    Object expected = session == null ? null : session.getAttribute(TOKEN);
    if (slug == null || !slug.matches("[a-z0-9-]{3,63}") || given == null || !(expected instanceof String token) || !matches(token, given)) {
      response.sendRedirect(request.getContextPath() + "/workspace");
      return;
    }
    session.invalidate();
    response.sendRedirect(request.getContextPath() + "/sign-in?" + OidcSettings.ORGANISATION_PARAMETER + "=" + URLEncoder.encode(slug, StandardCharsets.UTF_8));
  }

  private static boolean matches(String expected, String given) {
    return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }
}
