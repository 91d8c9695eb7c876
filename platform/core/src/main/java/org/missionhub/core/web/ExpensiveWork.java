package org.missionhub.core.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletRequest;
import java.util.concurrent.Semaphore;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The bulkhead of expensive work — plugins' {@code @Expensive} calls and the organisation export, from the
 * API or the web application: at most {@code missionhub.expensive.concurrent} run at once on this server
 * (default twice the processors). A request takes a permit and holds it until its response is completely
 * written ({@link ExpensiveCallRelease} gives it back when the servlet request ends, so a streamed export
 * keeps it while it streams).
 *
 * <p>Why a semaphore and not MicroProfile Fault Tolerance's {@code @Bulkhead}: FT intercepts CDI beans, and
 * plugin resources are plain objects their plugin creates; the permit must also outlive the method.
 */
@ApplicationScoped
public class ExpensiveWork {

  /** Request attribute holding the permit, for {@link ExpensiveCallRelease}. */
  static final String PERMIT = ExpensiveWork.class.getName() + ".permit";

  @Inject
  @ConfigProperty(name = "missionhub.expensive.concurrent", defaultValue = "0")
  int configuredConcurrency;

  private Semaphore permits;

  @PostConstruct
  void create() {
    permits = new Semaphore(configuredConcurrency > 0 ? configuredConcurrency : 2 * Runtime.getRuntime().availableProcessors());
  }

  /** Takes a permit for this request (true), or none is free (false). A request holds one permit at most. */
  public boolean enter(ServletRequest request) {
    if (request.getAttribute(PERMIT) != null) {
      return true;
    }
    if (!permits.tryAcquire()) {
      return false;
    }
    request.setAttribute(PERMIT, (Runnable) permits::release);
    return true;
  }

  /** Permits free now (for the tests). */
  int available() {
    return permits.availablePermits();
  }
}
