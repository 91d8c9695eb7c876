package org.missionhub.plugin.roadmap.api;

import java.time.OffsetDateTime;
import java.util.Objects;
import org.missionhub.api.event.MissionEvent;
import org.missionhub.api.mission.MissionId;
import org.missionhub.api.organisation.OrganisationId;

/**
 * The roadmap plugin's event (contract 1.3.0): a change moved a predecessor (an initiative or milestone)
 * past the start of what waits for it, so the dependency broke. {@code organisationId} owns the item that
 * waits: the organisation that must react. Ids only.
 *
 * @param predecessor {@code initiative:<id>} or {@code milestone:<id>}
 * @param successor the same for the item that waits
 */
public record DependencyBroken(
    OrganisationId organisationId, MissionId missionId, String dependencyId, String predecessor, String successor, OffsetDateTime occurredAt)
    implements MissionEvent {

  public DependencyBroken {
    Objects.requireNonNull(organisationId, "organisationId");
    Objects.requireNonNull(missionId, "missionId");
    Objects.requireNonNull(dependencyId, "dependencyId");
    Objects.requireNonNull(predecessor, "predecessor");
    Objects.requireNonNull(successor, "successor");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
