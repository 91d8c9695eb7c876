package org.missionhub.api.mission;

import java.util.Objects;
import org.missionhub.api.organisation.OrganisationFacts;

/**
 * An organisation of a mission (contract 1.3.0): its lead, or an organisation invited to partner it, with
 * where the partnership stands. The lead's {@code status} is {@link PartnerStatus#ACCEPTED}: it co-manages
 * the mission from the start. Only the lead and ACCEPTED partners see the mission.
 */
public record MissionOrganisation(OrganisationFacts organisation, boolean lead, PartnerStatus status) {

  public MissionOrganisation {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(status, "status");
    if (lead && status != PartnerStatus.ACCEPTED) {
      throw new IllegalArgumentException("the lead is always ACCEPTED");
    }
  }

  /** True for the lead and for accepted partners: the organisations that co-manage the mission now. */
  public boolean comanages() {
    return status == PartnerStatus.ACCEPTED;
  }
}
