package org.missionhub.core.audit;

import org.missionhub.api.organisation.OrganisationId;

/**
 * Binds the organisation an audit entry is written for to the current transaction, so that the entry is
 * stored as that organisation's. Implemented by the tenancy layer, which sits above the audit log (its
 * entities are audited); declared here so the log does not depend on it.
 */
public interface AuditTenant {

  void bind(OrganisationId organisation);

  /** Whether the current transaction works in an organisation; changes made outside any go to the platform's log. */
  boolean isBound();
}
