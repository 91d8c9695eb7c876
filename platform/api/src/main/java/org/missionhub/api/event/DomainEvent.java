package org.missionhub.api.event;

import java.time.OffsetDateTime;
import org.missionhub.api.organisation.OrganisationId;

/**
 * Something that happened in MissionHub. Each event concerns one organisation (named by each event type);
 * listeners of that organisation receive it. The platform publishes the types in this package; since
 * contract 1.3.0 a plugin publishes its own too (records it declares in {@code MissionHubPlugin.events()}
 * and publishes through {@code PluginContext.events()}). Events carry ids and values, never entities.
 */
public interface DomainEvent {

  /** The organisation this event concerns. */
  OrganisationId organisationId();

  /** When it happened, in UTC. */
  OffsetDateTime occurredAt();
}
