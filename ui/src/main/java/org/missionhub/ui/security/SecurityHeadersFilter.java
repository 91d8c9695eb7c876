package org.missionhub.ui.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The browser protections every response of the application carries, the web pages' and the API's: no
 * content sniffing, no framing by other sites (clickjacking), no plugins or foreign base URLs, a referrer
 * that leaves only the origin to other sites, and over HTTPS strict transport security. MissionHub's pages
 * get the full Content-Security-Policy ({@link ContentSecurityPolicy}) with a fresh nonce per response, which
 * {@link PageNonces} puts on the bootstrap's inline scripts; the API and Liberty's OpenAPI viewer (its own
 * inline scripts) keep the framing and plugin rules only.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    if (isPage(request)) {
      String nonce = ContentSecurityPolicy.nonce();
      request.setAttribute(ContentSecurityPolicy.NONCE, nonce);
      response.setHeader("Content-Security-Policy", ContentSecurityPolicy.forPage(nonce));
    } else {
      response.setHeader("Content-Security-Policy", ContentSecurityPolicy.MINIMAL);
    }
    response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    if (request.isSecure()) {
      response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
    }
    chain.doFilter(request, response);
  }

  private static boolean isPage(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !(path.startsWith("/api/") || path.startsWith("/openapi") || path.startsWith("/health"));
  }
}
