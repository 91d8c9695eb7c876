package org.missionhub.core.mission.domain;

import java.util.Objects;

/**
 * One question of a mission's health check, answered.
 *
 * @param id stable identifier (the UI translates by it)
 * @param whyItMatters shown when the check fails, so people know what to do about it
 */
public record HealthCheck(String id, boolean passed, String title, String whyItMatters) {

  public HealthCheck {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(whyItMatters, "whyItMatters");
  }
}
