package org.missionhub.api.plugin;

import java.util.Objects;
import java.util.Set;
import org.missionhub.api.mission.MissionRole;

/**
 * A permission a plugin checks on a mission ({@link MissionScope#require}), named {@code <pluginId>.<name>},
 * and the mission roles that hold it. The platform's one authorisation check grants it.
 */
public record PermissionDefinition(String id, LocalizedText description, Set<MissionRole> roles) {

  public PermissionDefinition {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(description, "description");
    roles = roles == null ? Set.of() : Set.copyOf(roles);
  }
}
