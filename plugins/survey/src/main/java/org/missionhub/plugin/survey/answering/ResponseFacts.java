package org.missionhub.plugin.survey.answering;

import java.util.Objects;
import org.missionhub.api.mission.MissionFacts;
import org.missionhub.api.organisation.OrganisationFacts;

/** The facts results are broken down by, as they were when a response was submitted. */
public record ResponseFacts(String organisationType, String country, String phase, String governanceMode, String challengeArea, String sector) {

  /** The sector of an organisation whose profile names none. */
  public static final String NO_SECTOR = "NONE";

  /** Facts without a sector (an organisation that gives none). */
  public ResponseFacts(String organisationType, String country, String phase, String governanceMode, String challengeArea) {
    this(organisationType, country, phase, governanceMode, challengeArea, NO_SECTOR);
  }


  public ResponseFacts {
    Objects.requireNonNull(organisationType, "organisationType");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(governanceMode, "governanceMode");
    Objects.requireNonNull(challengeArea, "challengeArea");
    Objects.requireNonNull(sector, "sector");
  }

  public static ResponseFacts of(OrganisationFacts organisation, MissionFacts mission) {
    return new ResponseFacts(
        organisation.type().name(), organisation.country(), mission.phase().name(), mission.governanceMode().name(), mission.challengeArea().name(),
        organisation.sectorGiven().map(Enum::name).orElse(NO_SECTOR));
  }
}
