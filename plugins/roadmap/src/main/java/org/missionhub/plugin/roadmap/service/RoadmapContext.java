package org.missionhub.plugin.roadmap.service;

import java.time.Clock;
import java.util.Objects;
import org.missionhub.api.plugin.EventPublisher;
import org.missionhub.api.plugin.Notifier;

/** What the roadmap's services take from the platform besides the request's scope. */
public record RoadmapContext(Clock clock, EventPublisher events, Notifier notifier) {

  public RoadmapContext {
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(notifier, "notifier");
  }
}
