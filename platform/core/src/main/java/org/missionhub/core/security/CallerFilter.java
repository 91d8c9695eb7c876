package org.missionhub.core.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
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

  private Map<String, Object> verifiedClaims(ContainerRequestContext context) {
    String authorization = context.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    return tokens.verify(authorization.substring(7).strip()).orElse(null);
  }
}
