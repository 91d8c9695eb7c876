package org.missionhub.core.startup;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the demo data when {@code missionhub.demo-data.enabled} is true (the README's run command sets it;
 * real deployments do not). Idempotent: if the demo organisations exist, nothing happens. Runs on a managed
 * thread of its own, so that every step gets a fresh request context, once the application has started
 * (Liberty holds managed tasks until then); readiness stays down until it is done.
 */
@ApplicationScoped
public class DemoDataLoader {

  private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

  @Inject
  @ConfigProperty(name = "missionhub.demo-data.enabled", defaultValue = "false")
  boolean enabled;

  @Inject DemoData demoData;

  @Resource ManagedExecutorService executor;

  private volatile String state = "disabled";

  void load(@Observes @Priority(DatabaseMigrations.PRIORITY + 100) Startup startup) {
    if (!enabled) {
      return;
    }
    state = "loading";
    executor.execute(this::loadNow);
  }

  private void loadNow() {
    try {
      boolean loaded = demoData.loadIfAbsent();
      state = loaded ? "loaded" : "present";
      LOG.info(loaded ? "Demo data loaded" : "Demo data already present");
    } catch (RuntimeException e) {
      state = "failed";
      LOG.log(Level.SEVERE, "Loading the demo data failed; the server runs without it", e);
    }
  }

  /** disabled, loading, loaded, present (from an earlier start) or failed. */
  public String state() {
    return state;
  }
}
