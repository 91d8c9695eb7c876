package org.missionhub.core.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.missionhub.api.organisation.OrganisationId;
import org.missionhub.core.organisation.persistence.OrganisationRepository;
import org.missionhub.core.security.PlatformRole;
import org.missionhub.core.security.RequestContext;

/**
 * Reconciles every organisation with the identity provider ({@link IdentityRepair}), one transaction per
 * organisation so that one failure does not stop the others. Runs at start-up and when a platform
 * administrator asks for it.
 */
@ApplicationScoped
public class IdentitySync {

  private static final Logger LOG = Logger.getLogger(IdentitySync.class.getName());

  @Inject RequestContext request;
  @Inject OrganisationRepository organisations;
  @Inject IdentityRepair repair;

  private volatile String state = "pending";

  /** What a reconciliation did. */
  public record Summary(int organisations, int repaired, int failed) {}

  /** A platform administrator asks for a reconciliation now. */
  public Summary reconcile() {
    request.requirePlatformRole(PlatformRole.PLATFORM_ADMIN);
    return syncAll();
  }

  /** Reconciles everything as the current caller (the platform itself at start-up). */
  public Summary syncAll() {
    state = "running";
    List<OrganisationId> ids = repair.organisationIds();
    int repaired = 0;
    int failed = 0;
    for (OrganisationId id : ids) {
      try {
        repaired += repair.repair(id);
      } catch (RuntimeException e) {
        failed++;
        LOG.log(Level.WARNING, "Could not reconcile organisation " + id + " with the identity provider", e);
      }
    }
    state = failed == 0 ? "done" : "failed";
    LOG.info("Identity reconciliation: " + ids.size() + " organisations, " + repaired + " differences repaired, " + failed + " failed");
    return new Summary(ids.size(), repaired, failed);
  }

  /** pending, running, done or failed. */
  public String state() {
    return state;
  }
}
