package org.missionhub.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.stream.Collectors;

/** An HTTP response of the API, with JSON helpers. */
public record ApiResponse(String method, String path, int status, HttpHeaders headers, String body) {

  public JsonObject json() {
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    } catch (RuntimeException e) {
      throw new AssertionError("not a JSON object from " + this, e);
    }
  }

  public JsonArray array() {
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.readArray();
    } catch (RuntimeException e) {
      throw new AssertionError("not a JSON array from " + this, e);
    }
  }

  public JsonArray items() {
    return json().getJsonArray("items");
  }

  /** The string values of one property across the items of a list response. */
  public List<String> itemValues(String property) {
    return items().stream()
        .map(v -> v.asJsonObject().get(property))
        .map(v -> v instanceof jakarta.json.JsonString s ? s.getString() : v == null || v == jakarta.json.JsonValue.NULL ? null : v.toString())
        .collect(Collectors.toList());
  }

  public String etag() {
    return header("ETag");
  }

  public String header(String name) {
    return headers.firstValue(name).orElse(null);
  }

  public String contentType() {
    return header("Content-Type");
  }

  @Override
  public String toString() {
    return method + " " + path + " -> " + status + " " + (body.length() > 600 ? body.substring(0, 600) + "..." : body);
  }
}
