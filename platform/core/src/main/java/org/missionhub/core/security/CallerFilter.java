package org.missionhub.core.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.missionhub.core.identity.IdentityProvider;
import org.missionhub.core.shared.ProblemKind;
import org.missionhub.core.web.Problems;

/**
 * First step of every API request: the principal must be a token that MicroProfile JWT verified. Anything
 * else (no token, an anonymous principal) answers 401, whatever the container's own configuration says.
 * Then the identity provider is asked whether the account is still enabled: a token stays valid until it
 * expires, but a person disabled in Keycloak loses access at their next request.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class CallerFilter implements ContainerRequestFilter {

  @Inject RequestContext request;
  @Inject IdentityProvider identity;

  @Inject
  @ConfigProperty(name = "missionhub.identity.check-account-per-request", defaultValue = "true")
  boolean checkAccount;

  @Override
  public void filter(ContainerRequestContext context) {
    Principal principal = context.getSecurityContext().getUserPrincipal();
    if (!(principal instanceof JsonWebToken token) || token.getSubject() == null || token.getRawToken() == null) {
      context.abortWith(
          jakarta.ws.rs.core.Response.fromResponse(
                  Problems.response(ProblemKind.UNAUTHORIZED, "A valid bearer token is required"))
              .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
              .build());
      return;
    }
    if (checkAccount && !identity.isActive(token.getSubject())) {
      context.abortWith(
          Problems.response(ProblemKind.ACCOUNT_DISABLED, "This account is disabled; contact your organisation administrator"));
      return;
    }
    request.authenticate(TokenCaller.from(token));
  }
}
