package org.missionhub.ui.security;

import static org.missionhub.core.shared.JsonSupport.JSON;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.missionhub.core.identity.IdentityProvider;
import org.missionhub.core.organisation.application.OrganisationAccess;
import org.missionhub.core.security.Caller;
import org.missionhub.core.security.RequestContext;
import org.missionhub.core.security.TokenCaller;
import org.missionhub.core.shared.ApplicationException;

/**
 * For every UI request of a signed-in person: the same {@link Caller} and organisation context the API
 * builds from a bearer token, here from the access token Keycloak gave the UI at sign-in. A person Keycloak
 * disabled is signed out at their next request; an organisation they cannot work in (suspended, no longer
 * a member) is recorded for the views to explain.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class UiCallerFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** Request attribute holding the {@link ApplicationException} that kept the person out of their organisation. */
  public static final String ORGANISATION_PROBLEM = "missionhub.organisationProblem";

  @Inject OpenIdContext openId;
  @Inject RequestContext context;
  @Inject IdentityProvider identity;
  @Inject OrganisationAccess organisations;
  @Inject SignedInSessions sessions;
  @Inject TokenRefresh refresh;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String accessToken = concernsTheUi(request) ? signedInToken(request) : null;
    if (accessToken == null) {
      chain.doFilter(request, response);
      return;
    }
    Caller caller = TokenCaller.from(claims(accessToken));
    boolean active;
    try {
      active = identity.isActive(caller.subject());
    } catch (ApplicationException identityProviderUnavailable) {
      unavailable(response, identityProviderUnavailable);
      return;
    }
    HttpSession session = request.getSession(false);
    if (!active) {
      if (session != null) {
        session.invalidate();
      }
      response.sendRedirect(request.getContextPath() + "/?disabled");
      return;
    }
    if (session != null && !sessions.register(session, caller.subject(), keycloakSession(session))) {
      // the sign-in ended while the session lived on another server: sign in again
      response.sendRedirect(request.getContextPath() + "/");
      return;
    }
    context.authenticate(caller);
    if (caller.organisationSlugs().size() == 1) {
      try {
        organisations.enter(caller.organisationSlugs().iterator().next());
      } catch (ApplicationException e) {
        request.setAttribute(ORGANISATION_PROBLEM, e);
      }
    }
    chain.doFilter(request, response);
  }

  /**
   * The access token of the session's sign-in, if there is one: Liberty's OpenID context (in the session)
   * when this server signed the person in, else the copy of its tokens that came with the session from the
   * server that did ({@link SignInTokens}), refreshed with Keycloak when it expired.
   */
  private String signedInToken(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    String signedInHere = libertyAccessToken();
    if (signedInHere != null) {
      SignInTokens kept = SignInTokens.in(session);
      if (session != null && (kept == null || !kept.accessToken().equals(signedInHere))) {
        SignInTokens.of(signedInHere, libertyRefreshToken(), libertyIdentityToken()).keepIn(session);
      }
      return signedInHere;
    }
    SignInTokens carried = SignInTokens.in(session);
    if (carried == null) {
      return null;
    }
    if (!carried.usableAt(Instant.now())) {
      Optional<SignInTokens> renewed = refresh.refresh(carried);
      if (renewed.isEmpty()) {
        session.removeAttribute(SignInTokens.ATTRIBUTE);
        return null;
      }
      carried = renewed.get();
      carried.keepIn(session);
    }
    return carried.accessToken();
  }

  private String libertyAccessToken() {
    try {
      return openId.getAccessToken() == null ? null : openId.getAccessToken().getToken();
    } catch (RuntimeException notSignedIn) {
      return null;
    }
  }

  private String libertyRefreshToken() {
    try {
      return openId.getRefreshToken().map(token -> token.getToken()).orElse(null);
    } catch (RuntimeException noRefreshToken) {
      return null;
    }
  }

  private String libertyIdentityToken() {
    try {
      return openId.getIdentityToken() == null ? null : openId.getIdentityToken().getToken();
    } catch (RuntimeException noIdentityToken) {
      return null;
    }
  }

  /** The Keycloak session of the sign-in (the ID token's {@code sid}), which a back-channel logout names. */
  private String keycloakSession(HttpSession session) {
    String identityToken = libertyIdentityToken();
    if (identityToken == null) {
      SignInTokens carried = SignInTokens.in(session);
      identityToken = carried == null ? null : carried.identityToken();
    }
    if (identityToken == null) {
      return null;
    }
    JsonObject claims = claims(identityToken);
    return claims.containsKey("sid") && !claims.isNull("sid") ? claims.getString("sid") : null;
  }

  /** A readable page while Keycloak cannot say whether the account may still be used. */
  private static void unavailable(HttpServletResponse response, ApplicationException e) throws IOException {
    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setHeader("Retry-After", "10");
    response.setContentType("text/html;charset=UTF-8");
    response.getWriter()
        .write("<!DOCTYPE html><html lang=\"en\"><head><title>MissionHub</title></head><body><main><h1>MissionHub</h1><p>"
            + e.getMessage()
            + ".</p></main></body></html>");
  }

  private static boolean concernsTheUi(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !(path.startsWith("/api/")
        || path.startsWith("/VAADIN/")
        || path.startsWith("/health")
        || path.startsWith("/openapi")
        || path.startsWith("/sign-")
        || path.startsWith("/oidc-"));
  }

  /** The claims of a token Keycloak handed to MissionHub itself over the back channel. */
  static JsonObject claims(String jwt) {
    String[] parts = jwt.split("\\.");
    String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    try (var reader = JSON.createReader(new StringReader(payload))) {
      return reader.readObject();
    }
  }
}
