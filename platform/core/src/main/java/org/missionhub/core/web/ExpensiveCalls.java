package org.missionhub.core.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import org.missionhub.api.plugin.Expensive;
import org.missionhub.core.shared.ProblemKind;

/**
 * {@link Expensive} API calls go through the bulkhead ({@link ExpensiveWork}): one more than it allows is
 * answered 503 at once, with {@code Retry-After}, instead of queueing behind the others.
 */
@Provider
@ApplicationScoped
public class ExpensiveCalls implements ContainerRequestFilter {

  /** What a refused call is told. */
  public static final String BUSY = "Too many results, exports and imports are running at the moment; try again in a few seconds";

  @Inject ExpensiveWork work;

  @Context ResourceInfo resource;
  @Context HttpServletRequest servletRequest;

  @Override
  public void filter(ContainerRequestContext request) {
    Method method = resource.getResourceMethod();
    if (method != null && method.isAnnotationPresent(Expensive.class) && !work.enter(servletRequest)) {
      request.abortWith(Problems.response(ProblemKind.SERVICE_UNAVAILABLE, BUSY));
    }
  }
}
