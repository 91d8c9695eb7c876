package org.missionhub.core.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.missionhub.core.shared.ProblemKind;
import org.missionhub.core.web.Problems;

/**
 * First step of every API request: the bearer token must pass {@link BearerTokens} (signature against the
 * identity provider's keys, issuer, audience, expiry, algorithm). Anything else answers 401. Then the
 * identity provider is asked whether the account is still enabled: a token stays valid until it expires,
 * but a person disabled in Keycloak loses access at their next request. Before that, the person's rate
 * limit ({@link RateLimits}): over it, 429 with {@code Retry-After}.
 *
 * <p>Four paths need no token: a read of a feed's secret address ({@link #isFeedRead}), an e-mail's
 * one-click unsubscribe link ({@link #isUnsubscribe}), the API's index ({@link #isIndex}), and a read of
 * what a plugin published to everyone ({@link #isPublicRead}).
 *
 * <p>Pre-matching, because plugin mounts are sub-resource locators, which JAX-RS calls while matching:
 * the caller must be known before a locator runs.
 */
@Provider
@PreMatching
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class CallerFilter implements ContainerRequestFilter {

  @Inject RequestContext request;
  @Inject AccountStatus identity;

  @Inject
  @ConfigProperty(name = "missionhub.identity.check-account-per-request", defaultValue = "true")
  boolean checkAccount;

  @Inject BearerTokens tokens;
  @Inject RateLimits limits;

  @Override
  public void filter(ContainerRequestContext context) {
    String method = context.getMethod();
    List<String> path = segments(context);
    if (isFeedRead(method, path) || isUnsubscribe(method, path) || isIndex(method, path) || isPublicRead(method, path)) {
      return;
    }
    Map<String, Object> token = verifiedClaims(context);
    if (token == null || token.get("sub") == null) {
      context.abortWith(
          jakarta.ws.rs.core.Response.fromResponse(
                  Problems.response(ProblemKind.UNAUTHORIZED, "A valid bearer token is required"))
              .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
              .build());
      return;
    }
    Caller caller = TokenCaller.from(token);
    // (before the account check, which asks Keycloak: a flood stops here)
    Optional<Duration> wait = limits.person(caller.subject());
    if (wait.isPresent()) {
      context.abortWith(RateLimitResponses.tooMany("from this account", wait.get()));
      return;
    }
    if (checkAccount && !identity.isActive(caller.subject())) {
      context.abortWith(
          Problems.response(ProblemKind.ACCOUNT_DISABLED, "This account is disabled; contact your organisation administrator"));
      return;
    }
    request.authenticate(caller);
  }

  /**
   * A read of a feed's secret address ({@code GET v1/feeds/{slug}/{file}}, exactly): a calendar client sends
   * no token; the feed's reader authenticates the request as the subscriber from the secret, or answers 404.
   * Read from the decoded segments as JAX-RS matches them, so no other spelling of another path passes.
   */
  static boolean isFeedRead(String method, List<String> path) {
    return isRead(method) && path.size() == 4 && path.get(0).equals("v1") && path.get(1).equals("feeds");
  }

  /**
   * A read under a plugin's public mount ({@code GET v1/public/{pluginId}/...}): what the plugin published to
   * everyone (contract 1.14.0). Any other method there still needs a token.
   */
  static boolean isPublicRead(String method, List<String> path) {
    return isRead(method) && path.size() >= 3 && path.get(0).equals("v1") && path.get(1).equals("public");
  }

  /** A read of the API's index, {@code GET v1} exactly: its version and links, the same for everyone. */
  static boolean isIndex(String method, List<String> path) {
    return isRead(method) && path.equals(List.of("v1"));
  }

  /**
   * An e-mail's unsubscribe link ({@code GET} shows a confirmation, {@code POST} is RFC 8058's one click on
   * {@code v1/mail/unsubscribe/{secret}}, exactly): a mail client sends no token; the secret names the e-mail.
   */
  static boolean isUnsubscribe(String method, List<String> path) {
    return (isRead(method) || "POST".equals(method))
        && path.size() == 4 && path.get(0).equals("v1") && path.get(1).equals("mail") && path.get(2).equals("unsubscribe");
  }

  private static boolean isRead(String method) {
    return "GET".equals(method) || "HEAD".equals(method);
  }

  /** The decoded path segments as JAX-RS matches them: no matrix parameters, no empty segments of doubled slashes. */
  private static List<String> segments(ContainerRequestContext context) {
    return context.getUriInfo().getPathSegments(true).stream().map(PathSegment::getPath).filter(s -> !s.isEmpty()).toList();
  }

  private Map<String, Object> verifiedClaims(ContainerRequestContext context) {
    String authorization = context.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    return tokens.verify(authorization.substring(7).strip()).orElse(null);
  }
}
