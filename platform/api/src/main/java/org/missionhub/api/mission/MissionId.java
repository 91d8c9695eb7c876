package org.missionhub.api.mission;

import java.util.Objects;
import java.util.UUID;

/** Identity of a mission; the same id is reachable through the lead's and every accepted partner's slug. */
public record MissionId(UUID value) {

  public MissionId {
    Objects.requireNonNull(value, "value");
  }

  public static MissionId of(String value) {
    return new MissionId(UUID.fromString(value));
  }

  public static MissionId random() {
    return new MissionId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
