package org.missionhub.api.plugin;

import java.util.Objects;

/**
 * A question a plugin adds to the mission health check (contract 1.3.0), such as "the mission has a
 * monitoring and evaluation plan". Shown, with its answer, beside the platform's own checks in the
 * mission's overview and counted in the health of the missions list, for organisations that enabled the
 * plugin. Answered by {@link MissionHubPlugin#passedHealthChecks}.
 *
 * @param id {@code <pluginId>.<name>}
 * @param title the question, stated as what a healthy mission has
 * @param whyItMatters shown while the check fails: why it matters and what to do
 */
public record HealthCheckDefinition(String id, LocalizedText title, LocalizedText whyItMatters) {

  public HealthCheckDefinition {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(whyItMatters, "whyItMatters");
  }
}
