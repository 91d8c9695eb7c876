package org.missionhub.core.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.concurrent.Semaphore;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.missionhub.api.plugin.Expensive;
import org.missionhub.core.shared.ProblemKind;

/**
 * The bulkhead of {@link Expensive} calls: at most {@code missionhub.expensive.concurrent} of them run at
 * once (default twice the processors); one more is answered 503 at once, with {@code Retry-After}. The permit
 * is held until the response is completely written (an export streams after its method returned), and given
 * back by {@link ExpensiveCallRelease} when the servlet request ends.
 *
 * <p>Why a semaphore and not MicroProfile Fault Tolerance's {@code @Bulkhead}: FT intercepts CDI beans, and
 * plugin resources are plain objects their plugin creates; the permit must also outlive the method.
 */
@Provider
@ApplicationScoped
public class ExpensiveCalls implements ContainerRequestFilter {

  /** Request attribute holding the permit of an expensive call, for {@link ExpensiveCallRelease}. */
  static final String PERMIT = ExpensiveCalls.class.getName() + ".permit";

  @Inject
  @ConfigProperty(name = "missionhub.expensive.concurrent", defaultValue = "0")
  int configuredConcurrency;

  @Context ResourceInfo resource;
  @Context HttpServletRequest servletRequest;

  private Semaphore permits;

  @PostConstruct
  void create() {
    int concurrency = configuredConcurrency > 0 ? configuredConcurrency : 2 * Runtime.getRuntime().availableProcessors();
    permits = new Semaphore(concurrency);
  }

  @Override
  public void filter(ContainerRequestContext request) {
    Method method = resource.getResourceMethod();
    if (method == null || !method.isAnnotationPresent(Expensive.class) || servletRequest.getAttribute(PERMIT) != null) {
      return;
    }
    if (!permits.tryAcquire()) {
      request.abortWith(
          Problems.response(
              ProblemKind.SERVICE_UNAVAILABLE, "Too many results, exports and imports are running at the moment; try again in a few seconds"));
      return;
    }
    servletRequest.setAttribute(PERMIT, (Runnable) permits::release);
  }
}
