package org.missionhub.api.event;

import java.time.OffsetDateTime;
import java.util.Objects;
import org.missionhub.api.organisation.OrganisationId;

/**
 * A suspended organisation was reactivated (contract 1.3.0).
 */
public record OrganisationReactivated(
    OrganisationId organisationId, OffsetDateTime occurredAt)
    implements DomainEvent {

  public OrganisationReactivated {
    Objects.requireNonNull(organisationId, "organisationId");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
