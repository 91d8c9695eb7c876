package org.missionhub.ui.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /sign-in}: protected (web.xml), so reaching it means signing in with Keycloak first; then it
 * sends the person on to the page they wanted (a UI route, never another site).
 */
@WebServlet("/sign-in")
public class SignInServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String route = ReturnPath.route(request.getParameter("next")).orElse("workspace");
    response.sendRedirect(request.getContextPath() + "/" + route);
  }
}
