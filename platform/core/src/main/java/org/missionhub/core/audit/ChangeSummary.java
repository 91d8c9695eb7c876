package org.missionhub.core.audit;

import static org.missionhub.core.shared.JsonSupport.JSON;

import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeSet;

/** Renders a change as {@code {"attribute": {"before": .., "after": ..}, ...}}. */
final class ChangeSummary {

  private ChangeSummary() {}

  static String toJson(AuditChange change) {
    JsonObjectBuilder summary = JSON.createObjectBuilder();
    var attributes = new TreeSet<String>();
    attributes.addAll(change.before().keySet());
    attributes.addAll(change.after().keySet());
    for (String attribute : attributes) {
      JsonObjectBuilder values = JSON.createObjectBuilder();
      add(values, "before", change.before(), attribute);
      add(values, "after", change.after(), attribute);
      summary.add(attribute, values);
    }
    return summary.build().toString();
  }

  private static void add(JsonObjectBuilder values, String key, Map<String, Object> state, String attribute) {
    if (!state.containsKey(attribute)) {
      return;
    }
    Object value = state.get(attribute);
    if (value == null) {
      values.addNull(key);
    } else if (value instanceof Boolean b) {
      values.add(key, b);
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      values.add(key, ((Number) value).longValue());
    } else if (value instanceof BigDecimal d) {
      values.add(key, d);
    } else if (value instanceof Enum<?> e) {
      values.add(key, e.name());
    } else {
      values.add(key, value.toString());
    }
  }
}
