package org.missionhub.api.plugin;

import org.missionhub.api.event.DomainEvent;

/**
 * Publishes a plugin's own events (contract 1.3.0), from {@link PluginContext#events()}. The event must be
 * of a type the plugin declares in {@link MissionHubPlugin#events()}; it is delivered to every active
 * plugin's {@link MissionHubPlugin#onEvent} (for the organisation it concerns, where enabled) after the
 * current transaction commits, never if it rolls back, and at once when no transaction is active. A listener
 * that fails is retried and never fails the publisher.
 */
@FunctionalInterface
public interface EventPublisher {

  /**
   * @throws IllegalArgumentException if the plugin does not declare the event's type, or it is one of the
   *     platform's own types (package {@code org.missionhub.api.event})
   */
  void publish(DomainEvent event);
}
