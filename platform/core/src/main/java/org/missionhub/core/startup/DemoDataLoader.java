package org.missionhub.core.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the demo data when {@code missionhub.demo-data.enabled} is true (the README's run command sets it;
 * real deployments do not). Idempotent: if the demo organisations exist, nothing happens. Readiness stays
 * down until it is done.
 */
@ApplicationScoped
public class DemoDataLoader {

  private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

  @Inject
  @ConfigProperty(name = "missionhub.demo-data.enabled", defaultValue = "false")
  boolean enabled;

  @Inject DemoData demoData;

  private volatile String state = "disabled";

  /** Called at start-up, before the loading itself is scheduled, so that readiness waits for it. */
  void announce() {
    if (enabled) {
      state = "loading";
    }
  }

  void loadIfEnabled() {
    if (!enabled) {
      return;
    }
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
