package org.missionhub.core.erasure.application;

import java.util.List;
import org.missionhub.api.organisation.OrganisationStatus;

/**
 * What an erasure did: the plan it carried out (with the organisation's former slug and name), the slug
 * and status the organisation has now, whether its audit log is gone too, and the plugins that were not
 * running and so could not erase their part. Asking for the erasure again finishes what is left.
 */
public record ErasureOutcome(ErasurePlan plan, String slug, OrganisationStatus status, boolean auditLogRemoved, List<String> pluginsNotErased) {

  public ErasureOutcome {
    pluginsNotErased = List.copyOf(pluginsNotErased);
  }

  public boolean complete() {
    return auditLogRemoved && pluginsNotErased.isEmpty();
  }
}
