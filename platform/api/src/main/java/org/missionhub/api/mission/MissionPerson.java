package org.missionhub.api.mission;

import java.time.OffsetDateTime;
import java.util.Objects;
import org.missionhub.api.organisation.OrganisationId;
import org.missionhub.api.plugin.PersonRef;

/**
 * A role someone holds in a mission (contract 1.3.0): the person, the organisation they hold it through
 * (the lead or an accepted partner) and since when. A person with two roles appears twice.
 */
public record MissionPerson(PersonRef person, OrganisationId organisation, MissionRole role, OffsetDateTime since) {

  public MissionPerson {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(since, "since");
  }
}
