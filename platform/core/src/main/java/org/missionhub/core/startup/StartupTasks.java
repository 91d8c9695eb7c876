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
import org.missionhub.core.identity.IdentitySync;
import org.missionhub.core.security.Caller;

/**
 * The work that follows the schema migration at start-up, in order, on one managed thread (Liberty starts
 * managed tasks once the application is up): demo data when asked for, then reconciling organisations with
 * the identity provider.
 */
@ApplicationScoped
public class StartupTasks {

  private static final Logger LOG = Logger.getLogger(StartupTasks.class.getName());

  @Inject DemoDataLoader demoData;
  @Inject IdentitySync identitySync;
  @Inject CallerScope scope;

  @Inject
  @ConfigProperty(name = "missionhub.identity.sync-on-startup", defaultValue = "true")
  boolean syncIdentity;

  @Resource ManagedExecutorService executor;

  void start(@Observes @Priority(DatabaseMigrations.PRIORITY + 100) Startup startup) {
    demoData.announce();
    executor.execute(this::run);
  }

  private void run() {
    demoData.loadIfEnabled();
    if (syncIdentity) {
      try {
        scope.as(Caller.system("identity-sync"), null, identitySync::syncAll);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Reconciling with the identity provider failed", e);
      }
    }
  }
}
