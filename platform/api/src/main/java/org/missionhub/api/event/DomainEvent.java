package org.missionhub.api.event;

import java.time.OffsetDateTime;
import org.missionhub.api.organisation.OrganisationId;

/**
 * Something that happened in MissionHub. Each event concerns one organisation (named by each event type);
 * listeners of that organisation receive it.
 */
public sealed interface DomainEvent
    permits MissionCreated, MissionPhaseChanged, PartnerJoined, PartnerLeft {

  /** The organisation this event concerns. */
  OrganisationId organisationId();

  /** When it happened, in UTC. */
  OffsetDateTime occurredAt();
}
