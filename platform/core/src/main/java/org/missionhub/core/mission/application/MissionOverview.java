package org.missionhub.core.mission.application;

import java.util.Objects;
import org.missionhub.core.mission.domain.Mission;
import org.missionhub.core.mission.domain.MissionHealth;

/** A mission as a list shows it: with its health and number of accepted partners. */
public record MissionOverview(Mission mission, MissionHealth health, long acceptedPartners) {

  public MissionOverview {
    Objects.requireNonNull(mission, "mission");
    Objects.requireNonNull(health, "health");
  }
}
