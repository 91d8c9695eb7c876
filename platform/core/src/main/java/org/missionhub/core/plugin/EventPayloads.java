package org.missionhub.core.plugin;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.Collection;
import java.util.Optional;
import org.missionhub.api.event.DomainEvent;

/**
 * An event as the outbox keeps it: JSON (events are records of ids and values, contract 1.3.0), read back as its
 * type, which is one of the platform's or one a plugin declared in {@code events()}.
 */
final class EventPayloads {

  private final Jsonb json = JsonbBuilder.create();

  String write(DomainEvent event) {
    return json.toJson(event, event.getClass());
  }

  /**
   * The event again; empty if its type is no longer known (the plugin that declared it is gone). {@code declared}:
   * the event types the active plugins declare.
   */
  Optional<DomainEvent> read(String type, String payload, Collection<Class<? extends DomainEvent>> declared) {
    Optional<Class<? extends DomainEvent>> found = platformType(type).or(() -> declared.stream().filter(c -> c.getName().equals(type)).findFirst());
    return found.map(c -> json.fromJson(payload, c));
  }

  private static Optional<Class<? extends DomainEvent>> platformType(String type) {
    if (!type.startsWith(DomainEvent.class.getPackageName() + ".")) {
      return Optional.empty();
    }
    try {
      Class<?> found = Class.forName(type, false, DomainEvent.class.getClassLoader());
      return DomainEvent.class.isAssignableFrom(found) ? Optional.of(found.asSubclass(DomainEvent.class)) : Optional.empty();
    } catch (ClassNotFoundException e) {
      return Optional.empty();
    }
  }
}
