package org.missionhub.api.event;

import java.time.OffsetDateTime;
import java.util.Objects;
import org.missionhub.api.organisation.OrganisationId;

/**
 * A platform administrator suspended an organisation: its members cannot work in it until it is
 * reactivated (contract 1.3.0).
 */
public record OrganisationSuspended(
    OrganisationId organisationId, OffsetDateTime occurredAt)
    implements DomainEvent {

  public OrganisationSuspended {
    Objects.requireNonNull(organisationId, "organisationId");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
