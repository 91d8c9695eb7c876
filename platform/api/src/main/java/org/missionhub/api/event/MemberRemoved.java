package org.missionhub.api.event;

import java.time.OffsetDateTime;
import java.util.Objects;
import org.missionhub.api.organisation.OrganisationId;

/**
 * Someone stopped being a member of an organisation (removed by an administrator); {@code subject} is
 * their identity-provider subject (contract 1.3.0).
 */
public record MemberRemoved(
    OrganisationId organisationId, String subject, OffsetDateTime occurredAt)
    implements DomainEvent {

  public MemberRemoved {
    Objects.requireNonNull(organisationId, "organisationId");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
