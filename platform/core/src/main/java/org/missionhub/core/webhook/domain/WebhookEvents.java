package org.missionhub.core.webhook.domain;

import static org.missionhub.core.shared.JsonSupport.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.lang.reflect.RecordComponent;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import org.missionhub.api.event.DomainEvent;

/**
 * Events as webhooks carry them. The type: the event's name in words, the first before a dot
 * ({@code DecisionProposed} is {@code decision.proposed}, {@code MissionPhaseChanged} is
 * {@code mission.phase-changed}); a plugin's events start with its id ({@code funding.gap-opened}). The payload:
 * {@code {"type", "timestamp", "data"}}, the data being the event's own fields — ids and values, never more than
 * the event says.
 */
public final class WebhookEvents {

  private WebhookEvents() {}

  /** The type of a platform event, or of a plugin's with {@code pluginId}. */
  public static String type(Class<?> event, String pluginId) {
    String[] words = event.getSimpleName().split("(?<=[a-z0-9])(?=[A-Z])");
    StringBuilder name = new StringBuilder(words[0].toLowerCase(Locale.ROOT));
    for (int i = 1; i < words.length; i++) {
      name.append(i == 1 ? '.' : '-').append(words[i].toLowerCase(Locale.ROOT));
    }
    return pluginId == null ? name.toString() : pluginId + "." + name.toString().replace('.', '-');
  }

  public static String payload(String type, DomainEvent event) {
    JsonObjectBuilder data = JSON.createObjectBuilder();
    for (RecordComponent component : event.getClass().getRecordComponents()) {
      Object value;
      try {
        component.getAccessor().setAccessible(true);
        value = component.getAccessor().invoke(event);
      } catch (ReflectiveOperationException | RuntimeException e) {
        continue;
      }
      add(data, component.getName(), value);
    }
    return JSON.createObjectBuilder()
        .add("type", type)
        .add("timestamp", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(event.occurredAt().withOffsetSameInstant(ZoneOffset.UTC)))
        .add("data", data)
        .build()
        .toString();
  }

  private static void add(JsonObjectBuilder object, String name, Object value) {
    Object plain = plain(value);
    if (plain == null) {
      return;
    }
    if (plain instanceof Boolean b) {
      object.add(name, b);
    } else if (plain instanceof Long n) {
      object.add(name, n);
    } else if (plain instanceof java.math.BigDecimal n) {
      object.add(name, n);
    } else if (plain instanceof Collection<?> list) {
      JsonArrayBuilder array = JSON.createArrayBuilder();
      list.stream().map(WebhookEvents::plain).filter(java.util.Objects::nonNull).forEach(v -> array.add(v.toString()));
      object.add(name, array);
    } else {
      object.add(name, plain.toString());
    }
  }

  /** A value as JSON carries it: a single-value record (an id) by its value, times in UTC, enums by name. */
  private static Object plain(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Record record && record.getClass().getRecordComponents().length == 1) {
      try {
        var accessor = record.getClass().getRecordComponents()[0].getAccessor();
        accessor.setAccessible(true);
        return plain(accessor.invoke(record));
      } catch (ReflectiveOperationException | RuntimeException e) {
        return record.toString();
      }
    }
    if (value instanceof OffsetDateTime time) {
      return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.withOffsetSameInstant(ZoneOffset.UTC));
    }
    if (value instanceof Enum<?> e) {
      return e.name();
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      return ((Number) value).longValue();
    }
    if (value instanceof Double || value instanceof Float || value instanceof java.math.BigDecimal) {
      return new java.math.BigDecimal(value.toString());
    }
    return value;
  }
}
