package org.missionhub.plugin.roadmap.service;

import java.time.Clock;
import java.util.Objects;
import org.missionhub.api.plugin.EventPublisher;
import org.missionhub.api.plugin.Notifier;

/** What the roadmap's services take from the platform besides the request's scope. */
public record RoadmapContext(Clock clock, EventPublisher events, Notifier notifier, Texts texts) {

  /** The plugin's texts in every language, with their parameters ({@code PluginContext.text}). */
  @FunctionalInterface
  public interface Texts {
    org.missionhub.api.plugin.LocalizedText text(String key, Object... params);
  }

  public RoadmapContext {
    Objects.requireNonNull(texts, "texts");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(notifier, "notifier");
  }

  public org.missionhub.api.plugin.LocalizedText text(String key, Object... params) {
    return texts.text(key, params);
  }
}
