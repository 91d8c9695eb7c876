package org.missionhub.api.event;

import java.time.OffsetDateTime;
import java.util.Objects;
import org.missionhub.api.mission.MissionId;
import org.missionhub.api.organisation.OrganisationId;

/**
 * A partner organisation stopped co-managing a mission, because it left or because the lead removed it;
 * {@code organisationId} is the former partner.
 */
public record PartnerLeft(
    OrganisationId organisationId, MissionId missionId, boolean removedByLead, OffsetDateTime occurredAt)
    implements MissionEvent {

  public PartnerLeft {
    Objects.requireNonNull(organisationId, "organisationId");
    Objects.requireNonNull(missionId, "missionId");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
