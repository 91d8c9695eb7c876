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
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.missionhub.core.shared.ProblemKind;
import org.missionhub.core.web.Problems;

/**
 * First step of every API request: the principal must be a token that MicroProfile JWT verified. Anything
 * else (no token, an anonymous principal) answers 401, whatever the container's own configuration says.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class CallerFilter implements ContainerRequestFilter {

  @Inject RequestContext request;

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
    request.authenticate(TokenCaller.from(token));
  }
}
