package org.missionhub.core.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * The very first step of every API request: the client address's rate limit ({@link RateLimits}), before
 * the token is even read, so that a flood of requests with made-up tokens costs no signature checks. Over
 * the limit: 429 with {@code Retry-After}.
 */
@Provider
@PreMatching
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION - 100)
public class AddressRateLimitFilter implements ContainerRequestFilter {

  @Inject RateLimits limits;

  @Context HttpServletRequest servletRequest;

  @Override
  public void filter(ContainerRequestContext context) {
    limits.address(servletRequest.getRemoteAddr()).ifPresent(wait -> context.abortWith(RateLimitResponses.tooMany("from this address", wait)));
  }
}
