package org.missionhub.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;

/** JSON request bodies, built without string concatenation. */
public final class Payloads {

  private Payloads() {}

  /** A JSON object from name/value pairs; values may be text, numbers, booleans, null, lists or JSON. */
  public static String object(Object... pairs) {
    return build(pairs).build().toString();
  }

  static JsonObjectBuilder build(Object... pairs) {
    if (pairs.length % 2 != 0) {
      throw new IllegalArgumentException("name/value pairs expected");
    }
    JsonObjectBuilder object = Json.createObjectBuilder();
    for (int i = 0; i < pairs.length; i += 2) {
      object.add((String) pairs[i], value(pairs[i + 1]));
    }
    return object;
  }

  private static JsonValue value(Object value) {
    if (value == null) {
      return JsonValue.NULL;
    }
    if (value instanceof JsonValue json) {
      return json;
    }
    if (value instanceof Boolean b) {
      return b ? JsonValue.TRUE : JsonValue.FALSE;
    }
    if (value instanceof Integer n) {
      return Json.createValue(n);
    }
    if (value instanceof Long n) {
      return Json.createValue(n);
    }
    if (value instanceof List<?> list) {
      JsonArrayBuilder array = Json.createArrayBuilder();
      list.forEach(v -> array.add(value(v)));
      return array.build();
    }
    if (value instanceof Object[] nested) {
      return build(nested).build();
    }
    return Json.createValue(value.toString());
  }

  /** A nested object, for use as a value. */
  public static Object[] nested(Object... pairs) {
    return pairs;
  }

  /** A valid mission charter. */
  public static String charter(String title) {
    return object(
        "title", title,
        "statement", "A thriving and compassionate society where young people thrive and feel safe.",
        "challengeArea", "HEALTH_WELLBEING",
        "targetStatement", "Halve the share of young people reporting poor mental well-being by 2032",
        "targetMeasurable", true,
        "startDate", "2026-01-01",
        "endDate", "2032-12-31",
        "governanceMode", "HYBRID");
  }

  public static String risk(String title, int likelihood, int impact) {
    return object(
        "title", title,
        "category", "SILOS",
        "likelihood", likelihood,
        "impact", impact,
        "owner", "Mission coordinator",
        "mitigation", "Joint steering group");
  }

  public static String decision(String title, String status, String phaseTo) {
    return object(
        "title", title,
        "rationale", "Agreed by the steering group",
        "decidedOn", status.equals("PROPOSED") ? null : "2026-06-01",
        "decidedBy", status.equals("PROPOSED") ? null : "Mission steering group",
        "status", status,
        "phaseTo", phaseTo);
  }
}
